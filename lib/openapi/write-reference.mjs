/**
 * Makes the API reference of every spec that site.json's `openapi` names, at every build: reads
 * each spec, writes its pages as MDX into the build's copy of the content folder (never into the
 * author's folder), and puts their slugs into the copy's site.json `pages` where the reference's
 * slug is listed (else at the end). The rest of the portal then reads them like any page: the
 * same plugins, checks, search records, Markdown twins and sidebar.
 *
 * site.json: `"openapi": [{ "spec": "openapi.yaml", "slug": "reference" }]` (spec: relative to
 * site.json; slug: the introduction's address, the other pages start with it).
 */
import fs from 'node:fs'
import path from 'node:path'
import { toMarkdown } from 'mdast-util-to-markdown'
import { mdxToMarkdown } from 'mdast-util-mdx'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { readSpec, SpecError, splitRef } from './read-spec.mjs'
import { readOperations } from './operations.mjs'
import { referencePages } from './reference-pages.mjs'
import { isSeq, parseDocument, visit } from 'yaml'
import { placeOf, forgetPlaces } from '../content/pointer-place.mjs'

const SLUG = /^[a-z0-9][a-z0-9-]*$/

/** MDX text of a page's mdast; everything a spec wrote is escaped as text, never read as JSX. */
export function pageMdx(tree) {
  return toMarkdown(tree, { extensions: [mdxToMarkdown(), gfmToMarkdown()], bullet: '-', fence: '`', fences: true, rule: '-', emphasis: '_', resourceLink: true })
}

/** The `openapi` entries of the settings, checked; problems point into site.json. */
export function referenceEntries(settings, settingsFile, cwd = process.cwd()) {
  if (settings.openapi === undefined) return []
  const text = fs.readFileSync(settingsFile, 'utf8')
  const at = (needle) => {
    const offset = Math.max(0, text.indexOf(needle))
    const before = text.slice(0, offset).split('\n')
    return `${path.relative(cwd, settingsFile)}:${before.length}:${before.at(-1).length + 1}`
  }
  const list = Array.isArray(settings.openapi) ? settings.openapi : [settings.openapi]
  const problems = []
  const entries = []
  for (const entry of list) {
    if (!entry || typeof entry.spec !== 'string' || !entry.spec) problems.push(`${at('"openapi"')} each "openapi" entry needs a "spec" — write { "spec": "openapi.yaml", "slug": "reference" }`)
    else if (entry.slug !== undefined && (typeof entry.slug !== 'string' || !SLUG.test(entry.slug))) problems.push(`${at(`"${entry.slug}"`)} "slug" must be lower-case letters, digits and dashes — e.g. "reference"`)
    else entries.push({ spec: entry.spec, slug: entry.slug ?? 'reference' })
  }
  const slugs = entries.map((e) => e.slug)
  for (const slug of slugs.filter((s, i) => slugs.indexOf(s) !== i)) problems.push(`${at(`"${slug}"`)} two references have the slug "${slug}" — give each its own`)
  if (problems.length) throw new SpecError(problems)
  return entries
}

/**
 * Puts the reference's sidebar group (`{ "title": …, "pages": […] }`) into site.json's "pages" in
 * place of `slug`, wherever it is listed (groups too), or at the end of the list; on one line, so
 * every other line keeps its number.
 */
function withGroup(text, slug, group) {
  const doc = parseDocument(text)
  const pages = doc.get('pages', true)
  const json = JSON.stringify(group)
  let listed
  visit(pages, { Scalar: (_, node) => (node.value === slug && !listed ? ((listed = node), visit.BREAK) : undefined) })
  if (listed?.range) return text.slice(0, listed.range[0]) + json + text.slice(listed.range[1])
  const close = isSeq(pages) && pages.range ? text.lastIndexOf(']', pages.range[1]) : -1
  if (close < 0) return text
  return text.slice(0, close) + (pages.items.length ? `, ${json}` : json) + text.slice(close)
}

/**
 * @param {{ source: string, copy: string, settings: any, cwd?: string }} options  source: the author's
 *   content folder; copy: where the build reads it from (a copy with the same files)
 * @returns {Promise<{ warnings: string[], pages: string[], navigation: any[] }>}
 */
export async function writeReference({ source, copy, settings, cwd = process.cwd() }) {
  const settingsFile = path.join(source, 'site.json')
  const entries = referenceEntries(settings, settingsFile, cwd)
  let text = fs.readFileSync(path.join(copy, 'site.json'), 'utf8')
  const warnings = []
  const written = []
  const navigation = []
  const names = { ...settings.languageNames }
  forgetPlaces()
  for (const entry of entries) {
    const spec = await readSpec(path.resolve(source, entry.spec), { cwd })
    const model = readOperations(spec.api, spec.version)
    const notes = []
    const { pages, navigation: nav, languageLabels } = referencePages({
      model,
      spec: { ...spec, slug: entry.slug },
      settings,
      contentDir: source,
      warn: (where, message) => notes.push([where, message]),
    })
    for (const page of pages) {
      if (fs.existsSync(path.join(source, `${page.slug}.mdx`)) || written.includes(page.slug)) {
        throw new SpecError([`${placeOf(spec.file, [], cwd)} the reference's page "${page.slug}" would replace ${written.includes(page.slug) ? 'another reference\'s page' : `${page.slug}.mdx`} — give the reference another "slug" in site.json, or rename that page`])
      }
      fs.writeFileSync(path.join(copy, `${page.slug}.mdx`), pageMdx(page.tree))
      written.push(page.slug)
    }
    const seen = new Set()
    for (const [where, message] of notes) {
      const { file, keys } = splitRef(path.resolve(source, where))
      const line = `${placeOf(file, keys, cwd)} warning: ${message}`
      if (!seen.has(line)) warnings.push(line)
      seen.add(line)
    }
    text = withGroup(text, entry.slug, nav)
    navigation.push(nav)
    for (const [key, label] of languageLabels) if (!(key in names) && !settings.languageTabs.some((tab) => tab.key === key)) names[key] = label
  }
  // The spec's own sample languages get the names it gave them: one key added at the end, so
  // every line the author wrote keeps its number (the last of two keys is the one JSON keeps).
  if (Object.keys(names).length > Object.keys(settings.languageNames).length) text = text.replace(/\}\s*$/, `,\n"languageNames": ${JSON.stringify(names)}\n}\n`)
  fs.writeFileSync(path.join(copy, 'site.json'), text)
  return { warnings, pages: written, navigation }
}
