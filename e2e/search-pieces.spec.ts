import { expect, test, type Page } from '@playwright/test'
import { loadSite } from '../lib/content/load-site.mjs'
import { siteRecords } from '../lib/search/records.mjs'
import { exportSearch } from '../lib/search/query.mjs'
import { splitSearch } from '../lib/search/split.mjs'
import { openPieces } from '../lib/search/pieces.mjs'
import { box, options, searchFor, searchStatus } from './search-helpers'

/**
 * A site over the single-piece threshold, as the client sees it: the portal's own search data split
 * at small caps (many pieces), served in place of the built site's search files.
 */
const { manifest, files } = splitSearch(exportSearch(siteRecords(await loadSite())), { postingsCap: 1500, recordsPer: 4, singleMaxGzip: 0 })
const all = files.size + 1

/** The pieces the search itself fetches for these queries, in Node: what the page must fetch. */
async function piecesFor(queries: string[]) {
  const fetched: string[] = []
  const search = await openPieces(manifest, async (name: string) => (fetched.push(name), JSON.parse(files.get(name)!)))
  for (const query of queries) await search.search(query)
  return fetched
}

async function serveSplit(page: Page, hold?: Promise<void>) {
  const requested: string[] = []
  await page.route('**/search/*', async (route) => {
    const name = new URL(route.request().url()).pathname.replace('/search/', '')
    requested.push(name)
    if (hold && name.startsWith('index.')) await hold
    const body = name === 'manifest.json' ? JSON.stringify(manifest) : files.get(name)
    await route.fulfill(body === undefined ? { status: 404 } : { body, contentType: 'application/json' })
  })
  return requested
}

test('typing a query fetches the manifest and only the pieces that query needs', async ({ page }) => {
  const requested = await serveSplit(page)
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  expect(requested).toEqual([])

  await searchFor(page, 'ACTFB')
  await expect(options(page).first()).toContainText('Top Connector › ACTFB')
  const needed = await piecesFor(['ACTFB'])
  expect(requested.sort()).toEqual(['manifest.json', ...needed].sort())
  expect(requested.length).toBeLessThan(all / 3)

  // Another query fetches only what it needs that is not here yet; the same query, nothing.
  await searchFor(page, 'kitt')
  await expect(options(page).first()).toContainText('Kittens')
  const more = (await piecesFor(['ACTFB', 'kitt'])).filter((name) => !needed.includes(name))
  expect(requested.sort()).toEqual(['manifest.json', ...needed, ...more].sort())
  const before = requested.length
  await searchFor(page, 'ACTFB')
  await expect(options(page).first()).toContainText('Top Connector › ACTFB')
  expect(requested.length).toBe(before)

  await box(page).press('Enter')
  await expect(page).toHaveURL(/\/setting-up\/#top-connector-actfb$/)
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((r) => (r as Range).toString()))).toEqual(['ACTFB'])
})

test('while its pieces load, the status line says so', async ({ page }) => {
  let release = () => {}
  const hold = new Promise<void>((resolve) => (release = resolve))
  await serveSplit(page, hold)
  await page.goto('/')
  await searchFor(page, 'conector')
  await expect(searchStatus(page)).toHaveText('Loading search…')
  release()
  await expect(options(page).first()).toContainText('Top Connector')
  await expect(searchStatus(page)).toHaveText(/^\d+ results?$/)
})
