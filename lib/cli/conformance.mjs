#!/usr/bin/env node
/**
 * `npm run conformance -- <dir>`: imports each Slate doc set under <dir> (the folder itself when it
 * holds Slate pages, else each subfolder), builds it, and checks the built HTML against the source:
 * every heading, code line, table cell, aside and toc footer present, every old anchor resolving.
 * One line per doc set; exits non-zero when anything was lost. The site in out/ is left alone.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { importSlate } from '../slate-import/import-site.mjs'
import { writeAtomically } from '../slate-import/writer.mjs'
import { sourceInventory } from '../slate-import/source-inventory.mjs'
import { builtInventory } from '../slate-import/built-inventory.mjs'
import { sourcePages } from '../slate-import/source-pages.mjs'

const root = process.cwd()
const dir = process.argv[2]
if (!dir || !fs.existsSync(dir)) {
  console.error('usage: npm run conformance -- <folder of Slate sources, or of several doc sets>')
  process.exit(2)
}

const pagesIn = sourcePages

const sets = pagesIn(dir).length ? [dir] : fs.readdirSync(dir).map((n) => path.join(dir, n)).filter((p) => fs.statSync(p).isDirectory() && pagesIn(p).length)

/**
 * Source items missing from the build, counted with repeats. Prose is compared without its spacing
 * (block tags such as <li> add line breaks in the HTML that the Markdown text never had).
 */
function missing(source, built, kind) {
  const key = kind === 'codeLines' ? (s) => s : (s) => s.replace(/\s+/g, '')
  const have = new Map()
  for (const item of built) have.set(key(item), (have.get(key(item)) ?? 0) + 1)
  const lost = []
  for (const item of source) {
    const n = have.get(key(item)) ?? 0
    if (n > 0) have.set(key(item), n - 1)
    else lost.push(item)
  }
  return lost
}

let failed = false
for (const set of sets) {
  const name = path.basename(path.resolve(set))
  const started = Date.now()
  const sources = pagesIn(set)
  const content = fs.mkdtempSync(path.join(os.tmpdir(), `conformance-${name}-`))
  const result = importSlate(sources)
  writeAtomically(content, result.files, { force: true })
  const outDir = path.join(root, '.out-conformance')
  const build = spawnSync(process.execPath, [path.join(root, 'lib/cli/build.mjs')], {
    env: { ...process.env, CONTENT_DIR: content, PORTAL_OUT: '.out-conformance' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (build.status !== 0) {
    console.log(`${name}: BUILD FAILED\n${(build.stdout + build.stderr).split('\n').slice(-30).join('\n')}`)
    failed = true
    continue
  }
  const { items: want, anchors } = sourceInventory(sources)
  const { items: got, ids } = builtInventory(outDir, result.pages.map((p) => p.href))
  const report = []
  let lostTotal = 0
  for (const kind of Object.keys(want)) {
    const lost = missing(want[kind], got[kind], kind)
    lostTotal += lost.length
    report.push(`${kind} ${want[kind].length - lost.length}/${want[kind].length}`)
    if (lost.length) console.error(`  ${name} missing ${kind}: ${lost.slice(0, 5).map((l) => JSON.stringify(l.slice(0, 80))).join(', ')}${lost.length > 5 ? ` … (${lost.length})` : ''}`)
  }
  const unresolved = anchors.filter((key) => {
    const [page, id] = [key.slice(0, key.indexOf('#')), key.slice(key.indexOf('#') + 1)]
    if (!page && ids.get('/')?.has(id)) return false
    const to = result.anchors[key]
    if (!to) return true
    const [href, newId] = to.split('#')
    return !ids.get(href)?.has(newId)
  })
  lostTotal += unresolved.length
  report.push(`anchors ${anchors.length - unresolved.length}/${anchors.length}`)
  if (unresolved.length) console.error(`  ${name} unresolved anchors: ${unresolved.slice(0, 5).join(', ')}${unresolved.length > 5 ? ` … (${unresolved.length})` : ''}`)
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  console.log(`${lostTotal ? 'LOSS' : 'ok  '} ${name}: ${result.summary.pages} pages, ${report.join(', ')}, ${result.warnings.length} warnings, ${seconds}s`)
  if (lostTotal) failed = true
  fs.rmSync(content, { recursive: true, force: true })
  fs.rmSync(outDir, { recursive: true, force: true })
}
if (sets.length === 0) {
  console.error(`no Slate pages found in ${dir}`)
  process.exit(2)
}
process.exit(failed ? 1 : 0)
