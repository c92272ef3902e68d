#!/usr/bin/env node
/**
 * `npm run bench`: search, page weight, page speed and build cost, each against a baseline measured
 * in the same run. Prints the tables, writes bench/results.json and bench/results.svg.
 *   --quick   a reduced run (1,000 sections, one build, one Lighthouse run, no large corpus)
 *   --check   exit 1 when a measured figure is over lib/bench/budgets.json
 *   --large-sizes=1000   the large-site step at these sizes only (default 1,000 and 10,000)
 *   --only=search,weight,lighthouse,first-result,keystrokes,query-bytes,openapi,versions,large   some
 *             steps only (the builds come with weight; search includes first-result, keystrokes and
 *             query-bytes: time to first result in Chromium, portal and Pagefind, each keystroke's time
 *             to the next frame in a warm dialog, and every fixed query's bytes on WooCommerce's imported docs;
 *             openapi: the build of the largest API reference in ../shared/corpus-openapi;
 *             versions: a rebuild with four unchanged older versions against one version;
 *             large: generated sites of 1,000 and 10,000 pages against Starlight, builds and dev)
 */
import fs from 'node:fs'
import os from 'node:os'
import { checkBudgets, readBudgets } from '../bench/budgets.mjs'
import { searchChart } from '../bench/chart-svg.mjs'
import { wooCommerce } from '../bench/large-corpus.mjs'
import { runLighthouse } from '../bench/lighthouse.mjs'
import { pageWeight } from '../bench/page-weight.mjs'
import { progress } from '../bench/progress.mjs'
import { measureSearch } from '../bench/search-bench.mjs'
import { baseSections, corpusOfSize } from '../bench/search-corpus.mjs'
import { measureFirstResult } from '../bench/browser-first-result.mjs'
import { measureKeystrokes } from '../bench/browser-keystrokes.mjs'
import { measureQueryBytes } from '../bench/query-bytes.mjs'
import { buildPortal } from '../bench/build-cost.mjs'
import { serveExport } from '../bench/static-server.mjs'
import { renderTables } from '../bench/table.mjs'
import { largestRoute, measureWeightAndBuild } from '../bench/weight-and-build.mjs'
import { measureOpenApiBuild } from '../bench/openapi-build.mjs'
import { measureLargeSites } from '../bench/large-site.mjs'
import { buildBaselineApp } from '../bench/baseline-app.mjs'
import { measureVersionsBuild, versionsBudgetRows, versionsTable } from '../bench/versions-build.mjs'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const check = args.includes('--check')
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',')
const wants = (step) => !only || only.includes(step)
const PORTS = { site: 4441, baseline: 4442, searchPortal: 4741, searchPagefind: 4742, keysPortal: 4743, keysPagefind: 4744, queryBytes: 4745 }

const cpus = os.cpus()
const results = {
  date: new Date().toISOString(),
  quick,
  node: process.version,
  machine: { cpus: cpus.length, cpuModel: cpus[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}`, load: os.loadavg().map((l) => Number(l.toFixed(2))) },
}
fs.mkdirSync('bench', { recursive: true })

const sizes = quick ? [1000] : [1000, 5000, 20000]
const corpus = wants('search') || wants('first-result') || wants('keystrokes') ? await baseSections() : undefined
if (wants('search')) {
  results.search = await measureSearch(quick ? { sizes, rounds: 1, freshRuns: 1, corpus } : { sizes, rounds: 3, freshRuns: 3, corpus })
}

let exports
if (wants('weight') || wants('lighthouse')) {
  const full = !quick && wants('weight')
  const measured = await measureWeightAndBuild({ runs: full ? 3 : 1, largeCorpus: full ? wooCommerce : async () => ({ skipped: quick ? 'skipped in --quick' : 'not asked for' }) })
  exports = measured.exports
  if (wants('weight')) Object.assign(results, { build: measured.build, pageWeight: measured.pageWeight })
}

// The largest API reference: its build's time and peak memory, its pages' first-load JS over the same baseline.
if (wants('openapi') && !quick) {
  let baselineJsGzip = results.pageWeight?.baseline.firstLoadJs.gzip
  if (baselineJsGzip === undefined) {
    const baseline = await buildBaselineApp()
    baselineJsGzip = pageWeight(baseline.outDir).routes.find((r) => r.route === '/')?.js.gzip
    baseline.cleanup()
  }
  results.openapi = await measureOpenApiBuild({ baselineJsGzip })
}

// Large sites: the portal and Starlight on the same generated pages (quick: 1,000 pages, no dev;
// --large-sizes=1000: those sizes only, the dev figures with the first, to measure them again apart).
if (wants('large')) {
  const chosen = args.find((arg) => arg.startsWith('--large-sizes='))?.slice('--large-sizes='.length).split(',').map(Number)
  results.largeSites = await measureLargeSites(quick ? { sizes: [1000], devAt: null } : chosen ? { sizes: chosen, devAt: chosen[0] } : {})
}

if (wants('lighthouse')) {
  const routes = ['/', largestRoute(results.pageWeight ?? pageWeight(exports.evnex))]
  const runs = quick ? 1 : 3
  const site = await serveExport(exports.evnex, PORTS.site)
  try {
    results.lighthouse = { preset: 'mobile (Lighthouse default)', runs, pages: await runLighthouse({ origin: site.origin, routes, runs }) }
  } finally {
    site.stop()
  }
  // The empty app on the same machine in the same minutes: what "fast" can mean here today.
  if (!quick) {
    const base = await serveExport(exports.baseline, PORTS.baseline)
    try {
      results.lighthouse.baseline = (await runLighthouse({ origin: base.origin, routes: ['/'], runs }))[0]
    } finally {
      base.stop()
    }
  }
}

// In Chromium, after the builds (it serves the EVNEX export with the corpus's search pieces in it).
if (wants('search') || wants('first-result') || wants('keystrokes') || wants('query-bytes')) {
  const built = exports?.evnex ? null : await buildPortal({ name: 'first-result', log: 'bench/build-first-result.log' })
  const exportDir = exports?.evnex ?? built.outDir
  results.search ??= { corpora: [] }
  if (wants('search') || wants('first-result')) results.search.firstResult = await measureFirstResult({ sizes, sections: corpus.sections, corpusOfSize, exportDir, ports: [PORTS.searchPortal, PORTS.searchPagefind] })
  // Typing into a warm dialog: the smallest and the largest size (issue 19's budget is at 20,000).
  if (wants('search') || wants('keystrokes')) results.search.keystrokes = await measureKeystrokes({ sizes: [sizes[0], sizes.at(-1)].filter((n, i, all) => all.indexOf(n) === i), sections: corpus.sections, corpusOfSize, exportDir, ports: [PORTS.keysPortal, PORTS.keysPagefind] })
  if (wants('search') || wants('query-bytes')) results.search.queryBytes = quick ? { skipped: 'skipped in --quick' } : await measureQueryBytes({ site: await wooCommerce(), exportDir, port: PORTS.queryBytes })
  if (built) fs.rmSync(built.outDir, { recursive: true, force: true })
}
exports?.cleanup()

if (wants('versions')) results.versions = await measureVersionsBuild(quick ? { pages: 30, runs: 1 } : { pages: 100, runs: 3 })

const budgetRows = [...checkBudgets(results, readBudgets()), ...versionsBudgetRows(results, readBudgets())]
results.budgets = budgetRows
fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
const charted = Boolean(results.search?.corpora.length)
if (charted) fs.writeFileSync('bench/results.svg', searchChart(results.search))
progress(`wrote bench/results.json${charted ? ' and bench/results.svg' : ''}`)
console.log(renderTables(results, budgetRows).replace('### Budgets', `${results.versions ? `${versionsTable(results.versions)}\n\n` : ''}### Budgets`))

const over = budgetRows.filter((row) => row.ok === false)
if (check && over.length) {
  console.error(`\n${over.length} budget(s) exceeded: ${over.map((row) => row.name).join('; ')}`)
  process.exit(1)
}
