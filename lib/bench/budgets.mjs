/**
 * Budgets: compares a results object with lib/bench/budgets.json and lists what is over. A budget
 * whose figure was not measured in this run (a step left out, a corpus size not run) is reported as
 * "not measured" (never as passed): `--check` fails only on a figure it has and that is over.
 */
import fs from 'node:fs'

export const BUDGETS_FILE = new URL('./budgets.json', import.meta.url)
export const readBudgets = () => JSON.parse(fs.readFileSync(BUDGETS_FILE, 'utf8'))

/**
 * @returns {{ name: string, actual: unknown, limit: string, ok: boolean | null }[]} ok null = not measured
 */
export function checkBudgets(results, budgets) {
  const rows = []
  const add = (name, actual, limit, ok) => rows.push({ name, actual: actual ?? null, limit, ok: actual === undefined || actual === null ? null : ok })
  const s = budgets.search
  const corpus = results.search?.corpora.find((c) => c.sections === s.atSections)
  const portal = corpus?.engines.flexsearch
  const at = `at ${s.atSections} sections`
  add(`search p95 ${at} (ms)`, portal?.latencyMs.p95, `≤ ${s.p95MaxMs}`, portal?.latencyMs.p95 <= s.p95MaxMs)
  add(`search p95 / lunr p95 ${at}`, portal?.vsLunr.p95, `≤ ${s.p95MaxRatioToLunr}`, portal?.vsLunr.p95 <= s.p95MaxRatioToLunr)
  add(`search gzip bytes / lunr's ${at}`, portal?.vsLunr.gzipBytes, `≤ ${s.gzipMaxRatioToLunr}`, portal?.vsLunr.gzipBytes <= s.gzipMaxRatioToLunr)
  add(`time to first result ${at} (ms)`, portal?.firstResultMs, `≤ ${s.firstResultMaxMs}`, portal?.firstResultMs <= s.firstResultMaxMs)
  for (const [kind, min] of Object.entries(s.hitsMin ?? {})) add(`hits on ${kind} queries ${at}`, portal?.hits[kind], `≥ ${min}`, portal?.hits[kind] >= min)

  const f = budgets.firstResult
  const entries = results.search?.firstResult
  const entry = (engine) => (Array.isArray(entries) ? entries.find((e) => e.engine === engine && e.sections === f.atSections) : undefined)
  const mine = entry('portal')
  const pagefind = entry('pagefind')
  const inChromium = `first result in Chromium at ${f.atSections} sections`
  add(`${inChromium}: bytes (median)`, mine?.bytesMedian, `≤ ${f.bytesMedianMax}`, mine?.bytesMedian <= f.bytesMedianMax)
  add(`${inChromium}: slow 4G (median ms)`, mine?.msSlow4gMedian, `≤ ${f.msSlow4gMedianMax}`, mine?.msSlow4gMedian <= f.msSlow4gMedianMax)
  if (f.atMostPagefind) {
    add(`${inChromium}: bytes / Pagefind's`, mine && pagefind ? mine.bytesMedian / pagefind.bytesMedian : undefined, '≤ 1', mine?.bytesMedian <= pagefind?.bytesMedian)
    add(`${inChromium}: slow 4G / Pagefind's`, mine && pagefind ? mine.msSlow4gMedian / pagefind.msSlow4gMedian : undefined, '≤ 1', mine?.msSlow4gMedian <= pagefind?.msSlow4gMedian)
  }

  const k = budgets.keystrokes
  const keys = results.search?.keystrokes
  const typing = Array.isArray(keys) ? keys.find((e) => e.engine === 'portal' && e.sections === k?.atSections) : undefined
  if (k) {
    add(`keystroke to next frame in a warm dialog at ${k.atSections} sections: median (ms)`, typing?.medianMs, `≤ ${k.medianMaxMs}`, typing?.medianMs <= k.medianMaxMs)
    add(`keystroke to next frame in a warm dialog at ${k.atSections} sections: p95 (ms)`, typing?.p95Ms, `≤ ${k.p95MaxMs}`, typing?.p95Ms <= k.p95MaxMs)
  }

  const q = budgets.queryBytes
  const bytes = results.search?.queryBytes
  if (q) add(`worst fixed query until its first result on ${bytes?.site ?? 'an imported site'} (bytes)`, bytes?.bytesMax, `≤ ${q.bytesMax}`, bytes?.bytesMax <= q.bytesMax)

  const w = budgets.pageWeight
  const routes = results.pageWeight?.routes
  const over = routes && Math.max(...routes.map((r) => r.js.overBaseline.gzip))
  add('first-load JS over empty Next app, worst route (gzip bytes)', over, `≤ ${w.firstLoadJsOverBaselineMaxGzip}`, over <= w.firstLoadJsOverBaselineMaxGzip)
  const searchFirst = routes && routes.some((r) => r.searchInFirstLoad)
  add('search code in first-load JS', searchFirst, String(w.searchInFirstLoad), searchFirst === w.searchInFirstLoad)

  const o = budgets.openapi
  const api = results.openapi && !results.openapi.skipped ? results.openapi : undefined
  if (o) {
    add('API reference build, largest corpus document (ms)', api?.ms, `≤ ${o.buildMsMax}`, api?.ms <= o.buildMsMax)
    add('API reference build, peak memory of all processes (MB)', api?.peakMB, `≤ ${o.peakMemoryMaxMB}`, api?.peakMB <= o.peakMemoryMaxMB)
    add('API reference page, first-load JS over empty Next app (gzip bytes)', api?.firstLoadJs.overBaselineGzip, `≤ ${w.firstLoadJsOverBaselineMaxGzip}`, api?.firstLoadJs.overBaselineGzip <= w.firstLoadJsOverBaselineMaxGzip)
    add('API reference page, heaviest HTML (gzip bytes)', api?.largestHtml.gzip, `≤ ${o.pageHtmlMaxGzip}`, api?.largestHtml.gzip <= o.pageHtmlMaxGzip)
  }

  const big = budgets.largeSites
  const large = results.largeSites
  if (big && large) {
    const at = (pages) => large.sites.find((site) => site.pages === pages)
    const base = at(big.comparedAt)
    const mine = base?.portal
    const theirs = base?.starlight
    const ratio = (a, b) => (a && b ? a / b : undefined)
    const vs = `at ${big.comparedAt} pages`
    add(`large site ${vs}: build time / Starlight's, no cache on either side`, ratio(mine?.ms, theirs?.ms), `≤ ${big.buildMaxRatioToStarlight}`, ratio(mine?.ms, theirs?.ms) <= big.buildMaxRatioToStarlight)
    add(`large site ${vs}: build time / Starlight's, each with the cache its first build left`, ratio(mine?.againMs, theirs?.againMs), `≤ ${big.buildMaxRatioToStarlight}`, ratio(mine?.againMs, theirs?.againMs) <= big.buildMaxRatioToStarlight)
    add(`large site ${vs}: output bytes / Starlight's`, ratio(mine?.outputBytes, theirs?.outputBytes), `≤ ${big.outputMaxRatioToStarlight}`, ratio(mine?.outputBytes, theirs?.outputBytes) <= big.outputMaxRatioToStarlight)
    add(`large site ${vs}: peak memory / Starlight's`, ratio(mine?.peakMB, theirs?.peakMB), `≤ ${big.memoryMaxRatioToStarlight}`, ratio(mine?.peakMB, theirs?.peakMB) <= big.memoryMaxRatioToStarlight)
    add(`large site ${vs}: a reader's bytes / Starlight's`, ratio(mine?.reader?.bytes, theirs?.reader?.bytes), `≤ ${big.readerMaxRatioToStarlight}`, ratio(mine?.reader?.bytes, theirs?.reader?.bytes) <= big.readerMaxRatioToStarlight)
    for (const { pages, portal, starlight } of large.sites) {
      add(`large site at ${pages} pages: one page's HTML / the same page in a ten-page site`, ratio(portal?.pageHtmlGzip, large.tenPages?.pageHtmlGzip), `≤ ${big.pageMaxRatioToTenPages}`, ratio(portal?.pageHtmlGzip, large.tenPages?.pageHtmlGzip) <= big.pageMaxRatioToTenPages)
      if (starlight) add(`large site at ${pages} pages: one page's HTML / Starlight's`, ratio(portal?.pageHtmlGzip, starlight.pageHtmlGzip), '≤ 1', portal?.pageHtmlGzip <= starlight.pageHtmlGzip)
    }
    const most = at(big.scaledAt)?.portal
    add(`large site at ${big.scaledAt} pages: build time / at ${big.comparedAt}`, ratio(most?.ms, mine?.ms), `≤ ${big.buildMaxGrowth}`, ratio(most?.ms, mine?.ms) <= big.buildMaxGrowth)
    add(`large site at ${big.scaledAt} pages: peak memory (MB)`, most?.peakMB, `≤ ${big.peakMemoryMaxMB}`, most?.peakMB <= big.peakMemoryMaxMB)
    add(`npm run dev at ${big.comparedAt} pages: first page (ms)`, large.dev?.portal?.firstPageMs, `≤ ${big.devFirstPageMaxMs}`, large.dev?.portal?.firstPageMs <= big.devFirstPageMaxMs)
    add(`npm run dev at ${big.comparedAt} pages: a save shows (ms)`, large.dev?.portal?.saveMs, `≤ ${big.devSaveMaxMs}`, large.dev?.portal?.saveMs <= big.devSaveMaxMs)
  }

  const l = budgets.lighthouse
  for (const page of results.lighthouse?.pages ?? [{ route: '(not run)' }]) {
    add(`Lighthouse performance ${page.route}`, page.median?.performance, `≥ ${l.performanceMin}`, page.median?.performance >= l.performanceMin)
    add(`Lighthouse CLS ${page.route}`, page.median?.cls, `≤ ${l.clsMax}`, page.median?.cls <= l.clsMax)
  }
  return rows
}
