#!/usr/bin/env node
/**
 * `npm run version:cut <name>`: keeps the current content as an older version, as Docusaurus's
 * `docs:version` does: a copy of the content folder (its pages, partials, specs, site.json and own
 * public/) in `versions/<name>/`, listed first in site.json's "versions", where authors can still fix
 * it. The current content goes on in place. The copy's site.json loses what only the site's own sets
 * (its versions, their label and the base path); every other line of both files stays as written.
 */
import fs from 'node:fs'
import path from 'node:path'
import { isMap, isSeq, parseDocument } from 'yaml'
import { contentDir, readSettings } from '../content/site-settings.mjs'
import { nameClash, VERSIONS_DIR } from '../content/site-trees.mjs'

/** Only the site's own site.json sets these. */
const SITE_KEYS = ['versions', 'versionLabel', 'basePath']

/** A JSON text without some top-level keys, the rest exactly as it was. */
export function withoutKeys(text, keys) {
  const doc = parseDocument(text)
  if (!isMap(doc.contents)) return text
  const cuts = []
  const pairs = doc.contents.items
  pairs.forEach((pair, i) => {
    if (!keys.includes(String(pair.key?.value))) return
    const start = pair.key.range[0]
    const end = pair.value?.range?.[1] ?? pair.key.range[1]
    // With the comma after it (and the line it leaves empty); the last pair takes the comma before it.
    const after = /^\s*,[ \t]*\r?\n?[ \t]*/.exec(text.slice(end))
    if (after && i < pairs.length - 1) cuts.push([start, end + after[0].length])
    else cuts.push([text.slice(0, start).replace(/,\s*$/, '').length, end])
  })
  return cuts.sort((a, b) => b[0] - a[0]).reduce((kept, [start, end]) => kept.slice(0, start) + kept.slice(end), text)
}

/** The site's site.json with a version listed first in "versions" (added, before "pages", when there is none). */
export function withVersion(text, name) {
  const doc = parseDocument(text)
  const entry = `{ "name": ${JSON.stringify(name)}, "label": ${JSON.stringify(name)} }`
  const list = isMap(doc.contents) ? doc.contents.get('versions', true) : undefined
  if (isSeq(list)) {
    const open = list.range[0] + 1
    return `${text.slice(0, open)}${entry}${list.items.length ? ', ' : ''}${text.slice(open)}`
  }
  const pages = doc.contents.items.find((pair) => pair.key?.value === 'pages')
  const at = pages ? pages.key.range[0] : text.lastIndexOf('}')
  const indent = /[ \t]*$/.exec(text.slice(0, at))[0]
  return pages ? `${text.slice(0, at)}"versions": [${entry}],\n${indent}${text.slice(at)}` : `${text.slice(0, at).replace(/\s*$/, '')},\n  "versions": [${entry}]\n${text.slice(at)}`
}

/** @returns {{ ok: true, copied: number } | { ok: false, message: string }} */
export function cutVersion(content, name) {
  const rel = (file) => path.relative(process.cwd(), file) || '.'
  const settingsFile = path.join(content, 'site.json')
  const settings = readSettings(content)
  const publicNames = new Set([path.join(content, 'public'), path.join(process.cwd(), 'public')].flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir) : [])))
  const clash = name === undefined ? 'give the version a name' : nameClash(name, { slugs: new Set(settings.pages), publicNames })
  if (clash) return { ok: false, message: `npm run version:cut ${name ?? ''}: ${clash}` }
  const target = path.join(content, VERSIONS_DIR, name)
  const listed = (Array.isArray(settings.versions) ? settings.versions : []).some((v) => (typeof v === 'string' ? v : v?.name)?.toLowerCase() === name.toLowerCase())
  if (fs.existsSync(target) || listed) return { ok: false, message: `npm run version:cut ${name}: version "${name}" exists already (${rel(target)}/) — choose another name, or edit that folder` }
  // Entry by entry: the copy is inside the folder it copies.
  for (const entry of fs.readdirSync(content)) if (entry !== VERSIONS_DIR) fs.cpSync(path.join(content, entry), path.join(target, entry), { recursive: true })
  fs.writeFileSync(path.join(target, 'site.json'), withoutKeys(fs.readFileSync(settingsFile, 'utf8'), SITE_KEYS))
  fs.writeFileSync(settingsFile, withVersion(fs.readFileSync(settingsFile, 'utf8'), name))
  return { ok: true, copied: readSettings(target).pages.length }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const content = contentDir()
  const name = process.argv[2]
  const result = cutVersion(content, name)
  if (!result.ok) {
    console.error(result.message)
    process.exit(1)
  }
  const where = path.relative(process.cwd(), content) || '.'
  console.log(`Copied ${where}/ (${result.copied} pages) to ${where}/${VERSIONS_DIR}/${name}/, listed first in ${where}/site.json "versions" and served at /${name}/.`)
  console.log(`The current content goes on in ${where}/; its name in the version menu is "versionLabel" in ${where}/site.json (now "${readSettings(content).versionLabel ?? 'Latest'}").`)
}
