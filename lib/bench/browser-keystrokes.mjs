/**
 * Keystroke latency in Chromium: the time from each key press to the next frame on screen, while
 * the fixed queries are typed one character at a time into a warm search dialog (opened, its code
 * and every piece the queries read already loaded), read from the Event Timing API's own records.
 *
 * The web-exposed API hides events under 16 ms and rounds to 8 ms, so the entries are read from
 * the trace Chromium writes for DevTools (`devtools.timeline`, one `EventTiming` entry per event,
 * any duration, unrounded). A keystroke's latency runs from its keydown to the paint after its
 * last handler: the longest of keydown, keypress, beforeinput and input, each counted from the
 * keydown (keyup, the key's release, is an interaction of its own and not counted).
 * A frame is only fast if it shows the answer, so each keystroke's frame is also checked (in a
 * requestAnimationFrame callback, just before that paint): its status line must already speak of
 * the text typed ("N results" or "No results for …"), not of loading.
 *
 * Beside it, Pagefind's warm figure from the same pages and records: each query searched once,
 * then again, the repeat timed as browser-first-result.mjs times it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { ARGS, CHROMIUM, FIRST_RESULT_QUERIES } from './browser-first-result.mjs'
import { writePagefindSite } from './pagefind-site.mjs'
import { writePortalSearchSite } from './portal-search-site.mjs'
import { serveExport } from './static-server.mjs'
import { progress } from './progress.mjs'
import { median, percentile, round } from './stats.mjs'

// A fast typist's pace: each key is its own interaction, as a reader's are.
const KEY_DELAY_MS = 60
const TYPED = new Set(['keydown', 'keypress', 'beforeinput', 'input'])

const box = (page) => page.locator('dialog [role="combobox"]')
/** In the page: whether the status line answers the text in the box ("N results", "No results for …"), not loading. */
function installAnswering() {
  window.answering = () => {
    const text = document.querySelector('dialog [role="combobox"]')?.value.trim()
    const said = document.querySelector('dialog [role="status"]')?.textContent
    return /^\d+ results?$/.test(said) || said === `No results for “${text}”`
  }
}
const answeredFor = (page, query) => page.waitForFunction((q) => document.querySelector('dialog [role="combobox"]')?.value === q && window.answering(), query, { polling: 'raf' })

/** Latency of each keystroke, in order, from the trace's EventTiming entries (ms). */
export function keystrokeLatencies(traceEvents) {
  const events = traceEvents
    .filter((e) => e.name === 'EventTiming' && e.ph === 'b' && e.args?.data?.type)
    .map((e) => e.args.data)
    .sort((a, b) => a.timeStamp - b.timeStamp)
  const latencies = []
  events.forEach((down, i) => {
    if (down.type !== 'keydown') return
    // Its keypress and input events come before its keyup, which shares its interactionId.
    const upAt = events.slice(i + 1).find((e) => e.type === 'keyup' && e.interactionId === down.interactionId)?.timeStamp ?? Infinity
    const own = events.slice(i, events.findIndex((e, j) => j > i && (e.type === 'keydown' || e.timeStamp >= upAt)) >>> 0).filter((e) => TYPED.has(e.type))
    // Only keys that type a character (a keypress): not Shift held for a capital, nor the Delete
    // with which Playwright's fill('') clears the box between queries.
    if (own.some((e) => e.type === 'keypress')) latencies.push(Math.max(...own.map((e) => e.timeStamp + e.duration)) - down.timeStamp)
  })
  return latencies
}

async function portalKeystrokes(browser, origin, queries) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  try {
    await page.goto(`${origin}/`)
    await page.evaluate(installAnswering)
    await page.waitForLoadState('networkidle')
    await page.keyboard.press('/')
    // Warm: every query typed once, so the code and every piece its prefixes read are here.
    for (const query of queries) {
      await page.keyboard.type(query)
      await answeredFor(page, query)
      await box(page).fill('')
    }
    // Each keystroke's frame, just before it is painted: does its status line answer the text typed?
    await page.evaluate(() => {
      window.keystrokeFrames = []
      const onInput = () => document.querySelector('dialog [role="combobox"]').value.trim() && requestAnimationFrame(() => window.keystrokeFrames.push(window.answering()))
      document.addEventListener('input', onInput, true)
    })
    // BENCH_KEYS_TRACE=file.json keeps the trace, with the frames' own work, for a look in DevTools.
    const keep = process.env.BENCH_KEYS_TRACE
    await browser.startTracing(page, { categories: ['devtools.timeline', ...(keep ? ['disabled-by-default-devtools.timeline', 'viz', 'cc'] : [])] })
    for (const query of queries) {
      await page.keyboard.type(query, { delay: KEY_DELAY_MS })
      await answeredFor(page, query)
      // Cleared by fill(): its Delete types no character, so it is not counted.
      await box(page).fill('')
      await page.evaluate(() => new Promise(requestAnimationFrame))
    }
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'))
    if (keep) fs.writeFileSync(keep, JSON.stringify(trace))
    const latencies = keystrokeLatencies(trace.traceEvents)
    const frames = await page.evaluate(() => window.keystrokeFrames)
    const typed = queries.join('').length
    if (latencies.length !== typed) throw new Error(`keystroke latency: ${latencies.length} keystrokes in the trace for ${typed} typed`)
    const inFrame = frames.filter(Boolean).length / frames.length
    return { keystrokes: latencies.length, medianMs: round(median(latencies), 1), p95Ms: round(percentile(latencies, 95), 1), maxMs: round(Math.max(...latencies), 1), answeredInFrame: round(inFrame, 3) }
  } finally {
    await page.close()
  }
}

async function pagefindWarm(browser, origin, queries) {
  const page = await browser.newPage()
  try {
    await page.goto(`${origin}/`)
    const warm = []
    for (const query of queries) {
      await page.evaluate((q) => window.runSearch(q), query)
      const start = performance.now()
      await page.evaluate((q) => window.runSearch(q), query)
      warm.push(performance.now() - start)
    }
    return { warmMsMedian: round(median(warm), 1) }
  } finally {
    await page.close()
  }
}

/**
 * @param {{ sizes: number[], sections: object[], corpusOfSize: Function, exportDir: string, ports: [number, number], queries?: string[] }} options
 */
export async function measureKeystrokes({ sizes, sections, corpusOfSize, exportDir, ports, queries = FIRST_RESULT_QUERIES }) {
  if (!CHROMIUM) return { skipped: 'no Chromium (set PLAYWRIGHT_CHROMIUM_PATH)' }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  const work = fs.mkdtempSync(path.join(path.dirname(path.resolve(exportDir)), '.bench-keystrokes-'))
  const entries = []
  try {
    for (const size of sizes) {
      const records = corpusOfSize(sections, size)
      progress(`keystroke latency: portal on ${size} sections in Chromium`)
      const portal = await serveExport(writePortalSearchSite(exportDir, path.join(work, `portal-${size}`), records), ports[0])
      try {
        entries.push({ engine: 'portal', sections: size, ...(await portalKeystrokes(browser, portal.origin, queries)) })
      } finally {
        portal.stop()
      }
      progress(`keystroke latency: Pagefind's warm repeat on ${size} sections`)
      const dir = path.join(work, `pagefind-${size}`)
      fs.mkdirSync(dir)
      await writePagefindSite(records, dir)
      const pagefind = await serveExport(dir, ports[1], process.cwd(), path.join(dir, 'serve.json'))
      try {
        entries.push({ engine: 'pagefind', sections: size, ...(await pagefindWarm(browser, pagefind.origin, queries)) })
      } finally {
        pagefind.stop()
      }
    }
  } finally {
    await browser.close()
    fs.rmSync(work, { recursive: true, force: true })
  }
  return entries
}
