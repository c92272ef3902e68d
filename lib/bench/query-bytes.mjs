/**
 * What each query of the fixed set costs a reader until its first result, on a real imported site
 * (WooCommerce's Slate docs, about 1,400 sections, split into pieces as the build splits them):
 * bytes as transferred, search code included, in Chromium on a cold cache, unthrottled (the bytes
 * do not depend on the network). The budget holds the worst query, not the median: a multi-word
 * query fetches more index pieces and the records of more pages than a one-word one.
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { loadSite } from '../content/load-site.mjs'
import { siteRecords } from '../search/records.mjs'
import { ARGS, CHROMIUM, once } from './browser-first-result.mjs'
import { writePortalSearchSite } from './portal-search-site.mjs'
import { ALL_QUERIES } from './search-queries.mjs'
import { serveExport } from './static-server.mjs'
import { progress } from './progress.mjs'
import { median } from './stats.mjs'

/**
 * @param {{ site: { dir: string, name: string } | { skipped: string }, exportDir: string, port: number, queries?: string[] }} options
 *   site: a content folder (lib/bench/large-corpus.mjs imports WooCommerce's)
 */
export async function measureQueryBytes({ site, exportDir, port, queries = ALL_QUERIES.map((q) => q.query) }) {
  if ('skipped' in site) return { skipped: site.skipped }
  if (!CHROMIUM) return { skipped: 'no Chromium (set PLAYWRIGHT_CHROMIUM_PATH)' }
  const records = siteRecords(await loadSite(site.dir))
  const dir = writePortalSearchSite(exportDir, fs.mkdtempSync(path.join(path.dirname(path.resolve(exportDir)), '.bench-query-bytes-')) + '/site', records)
  const server = await serveExport(dir, port)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  try {
    const measured = []
    for (const [i, query] of queries.entries()) {
      if (i % 50 === 0) progress(`query bytes: ${site.name}, query ${i + 1} of ${queries.length}`)
      const { bytes, requests } = await once(browser, { origin: server.origin, engine: 'portal', query, throttle: false, warm: false })
      measured.push({ query, bytes, requests })
    }
    measured.sort((a, b) => b.bytes - a.bytes)
    return { site: site.name, sections: records.length, queries: queries.length, bytesMedian: median(measured.map((m) => m.bytes)), bytesMax: measured[0].bytes, worst: measured.slice(0, 5) }
  } finally {
    await browser.close()
    server.stop()
    fs.rmSync(path.dirname(dir), { recursive: true, force: true })
  }
}
