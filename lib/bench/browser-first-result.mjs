/**
 * Time to first result in Chromium, as a reader meets it: a page already loaded, then search opened
 * and a query typed, on a cold cache (a fresh browser context each time). Counted from the key
 * press until the first result (or "no results") is on screen: the bytes transferred (gzipped, as
 * served, search code included) and the requests made, unthrottled and under slow 4G (150 ms RTT,
 * 1.6 Mbps down, 750 kbps up, Lighthouse's mobile figures, through CDP); then a warm repeat of the
 * query in the same page.
 *   portal: the EVNEX export with its search/ folder swapped for the corpus's pieces; the dialog.
 *   pagefind: the same records indexed by Pagefind (lib/bench/pagefind-site.mjs); its first result.
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { writePagefindSite } from './pagefind-site.mjs'
import { writePortalSearchSite } from './portal-search-site.mjs'
import { QUERIES } from './search-queries.mjs'
import { serveExport } from './static-server.mjs'
import { progress } from './progress.mjs'
import { median, percentile, round } from './stats.mjs'

/** 20 of the fixed queries: the first four of each kind that has hits. */
export const FIRST_RESULT_QUERIES = ['single', 'prefix', 'twoWord', 'typo', 'terminal'].flatMap((kind) => QUERIES[kind].slice(0, 4))

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 }
export const CHROMIUM = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p))
export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export const answered = () => Boolean(document.querySelector('dialog [role="option"]')) || /^No results/.test(document.querySelector('dialog [role="status"]')?.textContent ?? '')

/** What the reader does in each engine's page, until a first answer is on screen. */
const RUNS = {
  async portal(page, query) {
    // The page has loaded (see once()): the dialog's shell opens with the key, its box focused.
    await page.keyboard.press('/')
    await page.locator('dialog [role="combobox"]').fill(query)
    await page.waitForFunction(answered, null, { polling: 'raf' })
  },
  async portalWarm(page, query) {
    await page.locator('dialog [role="combobox"]').fill('')
    await page.locator('dialog [role="combobox"]').fill(query)
    await page.waitForFunction(answered, null, { polling: 'raf' })
  },
  pagefind: (page, query) => page.evaluate((q) => window.runSearch(q), query),
}

export async function once(browser, { origin, engine, query, throttle, warm = true }) {
  const context = await browser.newContext()
  try {
    // Next prefetches the pages its links name once idle: navigation, not search; left out.
    await context.route(/[?&]_rsc=/, (route) => route.abort())
    const page = await context.newPage()
    await page.goto(`${origin}/`)
    await page.waitForLoadState('networkidle')
    // The clock starts once the page is loaded and idle: its module script (the islands) has run by
    // then, and the search shell's inline script runs with the button itself.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    if (throttle) await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
    const sizes = new Map()
    const urls = new Map()
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!sizes.has(e.requestId)) sizes.set(e.requestId, null)
      if (process.env.BENCH_LOG_REQUESTS) urls.set(e.requestId, e.request.url)
    })
    cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength))
    cdp.on('Network.loadingFailed', (e) => sizes.set(e.requestId, 0))
    const start = performance.now()
    await RUNS[engine](page, query)
    const ms = performance.now() - start
    const ids = [...sizes.keys()]
    // The result is on screen, so its responses have arrived; CDP may report the last a moment later.
    for (let i = 0; i < 100 && ids.some((id) => sizes.get(id) === null); i++) await new Promise((r) => setTimeout(r, 20))
    const bytes = ids.reduce((sum, id) => sum + (sizes.get(id) ?? 0), 0)
    if (process.env.BENCH_LOG_REQUESTS) console.log(query, throttle ? 'slow' : '', ids.map((id) => `${urls.get(id)?.replace(origin, '')} ${sizes.get(id)}`).join(', '))
    if (!warm) return { ms, bytes, requests: ids.length }
    const warmStart = performance.now()
    await (engine === 'portal' ? RUNS.portalWarm : RUNS[engine])(page, query)
    return { ms, bytes, requests: ids.length, warmMs: performance.now() - warmStart }
  } finally {
    await context.close()
  }
}

async function measureSite(browser, origin, engine, sections, queries) {
  const cold = []
  const slow = []
  for (const query of queries) {
    cold.push(await once(browser, { origin, engine, query, throttle: false }))
    slow.push(await once(browser, { origin, engine, query, throttle: true }))
  }
  const bytes = cold.map((r) => r.bytes)
  return {
    engine,
    sections,
    bytesMedian: median(bytes),
    bytesMax: Math.max(...bytes),
    requestsMedian: median(cold.map((r) => r.requests)),
    msMedian: round(median(cold.map((r) => r.ms)), 1),
    msSlow4gMedian: round(median(slow.map((r) => r.ms)), 1),
    msSlow4gP95: round(percentile(slow.map((r) => r.ms), 95), 1),
    warmMsMedian: round(median(cold.map((r) => r.warmMs)), 1),
  }
}

/**
 * @param {{ sizes: number[], sections: import('./search-engines.mjs').Rec[], corpusOfSize: Function, exportDir: string, ports: [number, number], engines?: string[], splitOptions?: object, queries?: string[] }} options
 */
export async function measureFirstResult({ sizes, sections, corpusOfSize, exportDir, ports, engines = ['portal', 'pagefind'], splitOptions, queries = FIRST_RESULT_QUERIES }) {
  if (!CHROMIUM) return { skipped: 'no Chromium (set PLAYWRIGHT_CHROMIUM_PATH)' }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  const work = fs.mkdtempSync(path.join(path.dirname(exportDir), '.bench-first-result-'))
  const entries = []
  try {
    for (const size of sizes) {
      const records = corpusOfSize(sections, size)
      for (const engine of engines) {
        progress(`search first result: ${engine} on ${size} sections in Chromium`)
        const dir = path.join(work, `${engine}-${size}`)
        let config
        if (engine === 'portal') writePortalSearchSite(exportDir, dir, records, splitOptions)
        else {
          fs.mkdirSync(dir)
          await writePagefindSite(records, dir)
          config = path.join(dir, 'serve.json')
        }
        const server = await serveExport(dir, ports[engine === 'portal' ? 0 : 1], process.cwd(), config)
        try {
          entries.push(await measureSite(browser, server.origin, engine, size, queries))
        } finally {
          server.stop()
          fs.rmSync(dir, { recursive: true, force: true })
        }
      }
    }
  } finally {
    await browser.close()
    fs.rmSync(work, { recursive: true, force: true })
  }
  return entries
}
