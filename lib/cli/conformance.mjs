#!/usr/bin/env node
/**
 * `npm run conformance -- <dir> [--build <n>|all|none|<set>,…]`: imports each Slate doc set under
 * <dir> (the folder itself when it holds Slate pages, else each subfolder, or its `source/`), runs
 * the content checks on what the importer wrote (any error there is an importer bug), and checks
 * that what the portal shows holds everything Slate showed: headings, prose lines, list items,
 * code lines, table cells (Markdown and raw HTML), asides, toc footers, and that every old anchor
 * (headings' and authors' own ids) lands. One row per set (per locale of a localized set, see
 * conformance-locales.mjs), then a table; exits 1 below the goal.
 *
 * What the portal shows is read from a full `next build` for the sets --build names (a number: that
 * many of the smallest sets, by source lines; default 2), and for the others from the HTML tree the
 * MDX compiler makes in the content check, with the site's plugins: what the build renders, without
 * Next's minutes per set (a CI run must stay short on two shared cores).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { importSlate } from '../slate-import/import-site.mjs'
import { writeAtomically } from '../slate-import/writer.mjs'
import { normalize, sourceInventory } from '../slate-import/source-inventory.mjs'
import { builtInventory, collectPage, emptyItems } from '../slate-import/built-inventory.mjs'
import { findPages } from '../slate-import/source-pages.mjs'
import { checkContent } from '../content/check-content.mjs'
import { pageHref } from '../content/load-site.mjs'
import { compareItems, GOAL } from './conformance-compare.mjs'
import { localeGot, localeWant } from './conformance-locales.mjs'

const usage = 'usage: npm run conformance -- <folder of Slate sources, or of several doc sets> [--build <n>|all|none|<set>,…]'
let args
try {
  args = parseArgs({ allowPositionals: true, options: { build: { type: 'string', default: '2' } } })
} catch (error) {
  console.error(`${error.message}\n${usage}`)
  process.exit(2)
}
const root = process.cwd()
const dir = args.positionals[0]
if (!dir || !fs.existsSync(dir)) {
  console.error(usage)
  process.exit(2)
}

// A doc set is a Slate repository, its source/, or a folder with pages at its top (or in localizable/);
// any other folder holds doc sets.
const isSet = (folder) =>
  ['source', 'localizable'].some((sub) => fs.existsSync(path.join(folder, sub))) ||
  findPages(folder).pages.some((file) => path.resolve(path.dirname(file)) === path.resolve(folder))
const sets = isSet(dir) ? [dir] : fs.readdirSync(dir).sort().map((n) => path.join(dir, n)).filter((p) => fs.statSync(p).isDirectory() && isSet(p))
if (sets.length === 0) {
  console.error(`no Slate pages found in ${dir}`)
  process.exit(2)
}
const sizeOf = (set) =>
  fs.readdirSync(set, { recursive: true }).map((entry) => path.join(set, String(entry))).filter((file) => /\.(md|markdown|erb)$/.test(file) && fs.statSync(file).isFile()).reduce((n, file) => n + fs.readFileSync(file, 'utf8').split('\n').length, 0)
const choice = args.values.build
const built = new Set(
  choice === 'all' ? sets : choice === 'none' ? [] : /^\d+$/.test(choice) ? [...sets].sort((a, b) => sizeOf(a) - sizeOf(b)).slice(0, Number(choice)) : sets.filter((set) => choice.split(',').includes(path.basename(path.resolve(set)))),
)

const seconds = (ms) => (ms / 1000).toFixed(1)
const rows = []
let failed = false
for (const set of sets) {
  const name = path.basename(path.resolve(set))
  const { root: sourceRoot, pages: sources } = findPages(set)
  const content = fs.mkdtempSync(path.join(os.tmpdir(), `conformance-${name}-`))
  const t0 = Date.now()
  const result = importSlate(sources, { sourceRoot })
  writeAtomically(content, result.files, { force: true })
  const t1 = Date.now()
  const build = built.has(set)
  const rendered = emptyItems()
  const renderedIds = new Map()
  const { errors } = await checkContent({
    dir: content,
    onRendered: build ? undefined : (slug, hast) => renderedIds.set(pageHref(slug), collectPage(hast, rendered)),
  })
  for (const footer of result.settings.tocFooters) rendered.footers.push(normalize(footer))
  const t2 = Date.now()
  let got = { items: rendered, ids: renderedIds }
  let buildTime = 'loader'
  if (build) {
    const outDir = path.join(root, '.out-conformance')
    const run = spawnSync(process.execPath, [path.join(root, 'lib/cli/build.mjs')], {
      env: { ...process.env, CONTENT_DIR: content, PORTAL_OUT: '.out-conformance' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    if (run.status !== 0) {
      console.error(`${name}: BUILD FAILED\n${(run.stdout + run.stderr).split('\n').slice(-30).join('\n')}`)
      failed = true
    } else got = builtInventory(outDir, result.pages.map((p) => p.href))
    fs.rmSync(outDir, { recursive: true, force: true })
    buildTime = `${seconds(Date.now() - t2)} s (next build)`
  }
  const [main, ...others] = result.locales ?? []
  const row = (label, pages, want, got, errors, checkTime, buildTime) => {
    const report = compareItems(want, got, result.anchors, (kind, lost) => console.error(`  ${label} missing ${kind}: ${lost.slice(0, 5).map((l) => JSON.stringify(l.slice(0, 80))).join(', ')}${lost.length > 5 ? ` … (${lost.length})` : ''}`))
    for (const error of errors.slice(0, 5)) console.error(`  ${label} check error: ${error}`)
    const ok = errors.length === 0 && report.itemShare >= GOAL.items && report.anchorShare >= GOAL.anchors
    if (!ok) failed = true
    rows.push({ name: label, pages, report, errors: errors.length, warnings: result.warnings.length, importTime: seconds(t1 - t0), checkTime, buildTime, ok })
    console.log(`${ok ? 'ok  ' : 'LOSS'} ${label}: ${pages} pages, ${report.kinds.map((k) => `${k.kind} ${k.found}/${k.total}`).join(', ')}, anchors ${report.anchorsLanding}/${report.anchorsTried}, ${errors.length} check errors, ${result.warnings.length} warnings, import ${seconds(t1 - t0)} s, check ${checkTime} s, ${buildTime}`)
  }
  // A localized site: a row per locale, each locale's text looked for in its own pages.
  const label = (locale) => (main ? `${name} [${locale.tag}]` : name)
  row(label(main ?? {}), result.pages.length, main ? localeWant(main, sourceRoot) : sourceInventory(sources, { sourceRoot }), got, errors, seconds(t2 - t1), buildTime)
  for (const locale of others) {
    const t3 = Date.now()
    const { got: shown, errors: localeErrors } = await localeGot(content, locale, `${content}-${locale.tag}`)
    row(label(locale), locale.pages.length, localeWant(locale, sourceRoot), shown, localeErrors, seconds(Date.now() - t3), 'loader')
  }
  fs.rmSync(content, { recursive: true, force: true })
}

console.log(`\n| set | pages | items found / source items | anchors landing / tried | check errors | warnings | import | check | build |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |`)
for (const r of rows) {
  const items = `${r.report.itemsFound}/${r.report.itemsTotal} (${(r.report.itemShare * 100).toFixed(2)}%)`
  console.log(`| ${r.name} | ${r.pages} | ${items} | ${r.report.anchorsLanding}/${r.report.anchorsTried} | ${r.errors} | ${r.warnings} | ${r.importTime} s | ${r.checkTime} s | ${r.buildTime} |`)
}
console.log(`\nGoal: at least ${GOAL.items * 100}% of items and ${GOAL.anchors * 100}% of anchors on every set, no check errors. Load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}.`)
process.exit(failed ? 1 : 0)
