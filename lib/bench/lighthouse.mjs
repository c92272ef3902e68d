/**
 * Page speed: Lighthouse's default (mobile) preset on chosen routes of a served export, driving
 * the system Chromium so nothing is downloaded; median of N runs per route, since one run on a
 * shared 2-core machine says little.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { progress } from './progress.mjs'
import { median, round } from './stats.mjs'

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue
  return {
    performance: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
    lcpMs: round(audit('largest-contentful-paint'), 0),
    tbtMs: round(audit('total-blocking-time'), 0),
    cls: round(audit('cumulative-layout-shift'), 4),
    fcpMs: round(audit('first-contentful-paint'), 0),
    // Lighthouse's own CPU score for this run: low values mean the shared machine was busy.
    benchmarkIndex: round(lhr.environment?.benchmarkIndex, 0),
  }
}

/**
 * @param {{ origin: string, routes: string[], runs: number }} options
 * @returns {Promise<{ route: string, runs: object[], median: object }[]>}
 */
export async function runLighthouse({ origin, routes, runs }) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: CHROME_FLAGS })
  try {
    const pages = []
    for (const route of routes) {
      const results = []
      for (let run = 1; run <= runs; run++) {
        progress(`lighthouse ${route} run ${run}/${runs}`)
        const result = await lighthouse(`${origin}${route}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
        if (!result) throw new Error(`Lighthouse returned nothing for ${route}`)
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${route}: ${result.lhr.runtimeError.message}`)
        results.push(figures(result.lhr))
      }
      const mid = Object.fromEntries(Object.keys(results[0]).map((key) => [key, median(results.map((r) => r[key]))]))
      pages.push({ route, runs: results, median: mid })
    }
    return pages
  } finally {
    chrome.kill()
  }
}
