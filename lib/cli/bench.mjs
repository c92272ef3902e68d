#!/usr/bin/env node
/**
 * `npm run bench`: search, page weight, page speed and build cost, each against a baseline measured
 * in the same run. Prints a table, writes bench/results.json and bench/results.svg.
 *   --quick   a reduced run (smaller corpora, one build, one Lighthouse run) in under two minutes
 *   --check   exit non-zero when a figure exceeds lib/bench/budgets.json
 *   --only=search,weight,lighthouse   run some steps only (build is part of weight)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { largestRoute, measureWeightAndBuild } from '../bench/weight-and-build.mjs'
import { pageWeight } from '../bench/page-weight.mjs'
import { runLighthouse } from '../bench/lighthouse.mjs'
import { serveExport } from '../bench/static-server.mjs'
import { wooCommerce } from '../bench/large-corpus.mjs'
import { progress } from '../bench/progress.mjs'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const check = args.includes('--check')
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',')
const wants = (step) => !only || only.includes(step)

const results = {
  date: new Date().toISOString(),
  quick,
  node: process.version,
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}`, load: os.loadavg().map((l) => Number(l.toFixed(2))) },
}
fs.mkdirSync('bench', { recursive: true })

let exports
if (wants('weight') || wants('lighthouse')) {
  const large = quick || !wants('weight') ? async () => ({ skipped: 'skipped in --quick' }) : wooCommerce
  const measured = await measureWeightAndBuild({ runs: quick || !wants('weight') ? 1 : 3, largeCorpus: large })
  exports = measured.exports
  if (wants('weight')) Object.assign(results, { build: measured.build, pageWeight: measured.pageWeight })
}

if (wants('lighthouse')) {
  const routes = ['/', largestRoute(results.pageWeight ?? pageWeight(exports.evnex))]
  const runs = quick ? 1 : 3
  const site = await serveExport(exports.evnex, 4441)
  try {
    results.lighthouse = { preset: 'mobile (Lighthouse default)', runs, pages: await runLighthouse({ origin: site.origin, routes, runs }) }
  } finally {
    site.stop()
  }
  // The empty app on the same machine in the same minute: what "fast" means here today.
  if (!quick) {
    const base = await serveExport(exports.baseline, 4442)
    try {
      results.lighthouse.baseline = (await runLighthouse({ origin: base.origin, routes: ['/'], runs }))[0]
    } finally {
      base.stop()
    }
  }
}
exports?.cleanup()

fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
progress('wrote bench/results.json')
console.log(JSON.stringify(results, null, 1).slice(0, 4000))
