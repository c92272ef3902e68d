/**
 * Steps 2 and 4 of the bench together, since both need the same builds: the portal built from
 * content/ (and from an imported large corpus), the empty baseline app, their wall times, and the
 * page weight of each export, first-load JS given as a difference from the baseline's.
 */
import fs from 'node:fs'
import { buildBaselineApp } from './baseline-app.mjs'
import { buildPortal } from './build-cost.mjs'
import { pageWeight } from './page-weight.mjs'
import { progress } from './progress.mjs'
import { median, ratio, round } from './stats.mjs'

function firstLoad(weight) {
  const home = weight.routes.find((r) => r.route === '/') ?? weight.routes[0]
  return { raw: home.js.raw, gzip: home.js.gzip }
}

/**
 * @param {{ runs: number, largeCorpus?: () => Promise<{ dir: string } | { skipped: string }> }} options
 */
export async function measureWeightAndBuild({ runs, largeCorpus }) {
  const evnexMs = []
  const baselineMs = []
  let evnex
  let baseline
  for (let run = 1; run <= runs; run++) {
    progress(`build ${run}/${runs}: empty Next.js baseline app`)
    baseline?.cleanup()
    baseline = await buildBaselineApp()
    baselineMs.push(baseline.ms)
    progress(`build ${run}/${runs}: EVNEX portal (content/) — baseline took ${(baseline.ms / 1000).toFixed(1)} s`)
    evnex = await buildPortal({ name: 'evnex', log: 'bench/build-evnex.log' })
    evnexMs.push(evnex.ms)
    progress(`build ${run}/${runs}: EVNEX took ${(evnex.ms / 1000).toFixed(1)} s`)
  }
  const weight = pageWeight(evnex.outDir)
  const baseWeight = pageWeight(baseline.outDir)
  const base = firstLoad(baseWeight)
  for (const route of weight.routes) {
    route.js.overBaseline = { raw: route.js.raw - base.raw, gzip: route.js.gzip - base.gzip }
  }
  const build = {
    baseline: { runs: baselineMs.map(round), medianMs: round(median(baselineMs)) },
    evnex: { runs: evnexMs.map(round), medianMs: round(median(evnexMs)), pages: evnex.pages },
  }
  build.evnex.msPerPage = round(build.evnex.medianMs / evnex.pages)
  build.evnex.searchIndexMs = round(evnex.searchMs)
  build.evnex.ratioToBaseline = ratio(build.evnex.medianMs, build.baseline.medianMs)

  const large = largeCorpus ? await largeCorpus() : { skipped: 'not asked for' }
  if ('skipped' in large) {
    build.large = { skipped: large.skipped }
  } else {
    progress(`build: imported large corpus (${large.name}) — this is the long one`)
    const result = await buildPortal({ name: 'large', contentDir: large.dir, log: 'bench/build-large.log' })
    build.large = { name: large.name, ms: round(result.ms), pages: result.pages, msPerPage: round(result.msPerPage), searchIndexMs: round(result.searchMs), lines: large.lines }
    build.large.ratioToBaseline = ratio(result.ms, build.baseline.medianMs)
    build.large.largestPage = largestRoute(pageWeight(result.outDir))
    fs.rmSync(result.outDir, { recursive: true, force: true })
  }
  return {
    build,
    pageWeight: { baseline: { firstLoadJs: base, lazy: baseWeight.lazy }, ...weight },
    // For the Lighthouse step; the caller removes the baseline app when it is done with it.
    exports: { evnex: evnex.outDir, baseline: baseline.outDir, cleanup: baseline.cleanup },
  }
}

/** The route with the most HTML: the page Lighthouse is run on besides the home page. */
export function largestRoute(weight) {
  return [...weight.routes].sort((a, b) => b.html.raw - a.html.raw)[0]?.route
}
