import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { options, searchFor } from '../search-helpers'
import { at, basePath } from './site'

/**
 * The feature site is published under a base path (/docs) with an older version (1.x, in
 * e2e/fixtures/feature-site/versions/1.x/): both are served as a static host would serve them.
 */
const current = ['/', '/install/', '/first-steps/', '/terminals/', '/wiring/', '/auth/', '/sessions/', '/faq/', '/reference/', '/reference-pets/', '/category/manuals/'].map(at)
const older = ['/', '/install/', '/flashing/', '/wiring/', '/category/getting-started/'].map((address) => at(`/1.x${address}`))
const versionMenu = (page: Page) => page.locator('details.version-menu')
const banner = (page: Page) => page.getByRole('note')

/**
 * Loads a page with its islands hydrated: the islands' module script runs before the load event
 * that goto waits for, and hydrates at once (a page without samples has no language bar to show it).
 */
async function load(page: Page, address: string) {
  await page.goto(address, { waitUntil: 'load' })
}

test('every page of both versions, its pictures and its links work under the base path', async ({ page, request }) => {
  const checked = new Set<string>()
  for (const address of [...current, ...older]) {
    const response = await page.goto(address)
    expect(response?.status(), address).toBe(200)
    // Pictures: the ones every version shares are at the base path, a version's own under it.
    for (const image of await page.locator('main img').all()) {
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { message: `${address} ${await image.getAttribute('src')}` }).toBeGreaterThan(0)
    }
    const links = await page.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!.split('#')[0]))
    for (const href of links) {
      expect(href, `${address} links to ${href}`).toMatch(new RegExp(`^${basePath}/`))
      if (checked.has(href)) continue
      checked.add(href)
      expect((await request.get(href)).status(), `${address} links to ${href}`).toBe(200)
    }
  }
  await load(page, at('/1.x/install/'))
  expect(await page.locator('main img').evaluateAll((imgs) => imgs.map((img) => new URL((img as HTMLImageElement).src).pathname))).toEqual([at('/images/board.svg'), at('/1.x/images/first-board.svg')])
})

test('each version has its own Markdown, llms.txt and search files under the base path; only the current is in the sitemap', async ({ request }) => {
  const llms = await (await request.get(at('/1.x/llms.txt'))).text()
  expect(llms).toContain(`${at('/1.x/flashing.md')})`)
  expect(llms).not.toContain(`${at('/first-steps.md')}`)
  expect(await (await request.get(at('/1.x/flashing.md'))).text()).toContain('Firmware 1 was flashed by hand.')
  expect((await request.get(at('/1.x/search/manifest.json'))).status()).toBe(200)
  const sitemap = await (await request.get(at('/sitemap.xml'))).text()
  expect(sitemap).toContain(`${at('/install/')}</loc>`)
  expect(sitemap).not.toContain('/1.x/')
})

test('Copy page copies the Markdown of the version being read', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await load(page, at('/1.x/install/'))
  await expect(page.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute('href', `http://localhost:3000${at('/1.x/install.md')}`)
  await page.getByRole('button', { name: 'Copy page as Markdown' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Page copied as Markdown' })).toBeAttached()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Unpack it into the flux folder.')
})

test('search finds only the version being read, and its results lead to pages of that version', async ({ page }) => {
  await load(page, at('/1.x/install/'))
  await searchFor(page, 'flasher')
  await expect(options(page).first()).toContainText('With a cable')
  await options(page).first().click()
  await expect(page).toHaveURL(new RegExp(`${at('/1.x/flashing/')}#with-a-cable$`))

  await load(page, at('/install/'))
  await searchFor(page, 'flasher')
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('status')).toHaveText('No results for “flasher”')
  await searchFor(page, 'unpack')
  await expect(options(page).first()).toHaveAttribute('href', `${at('/install/')}#unpack`)
})

test('the version menu keeps the page and section, else goes to that version home page', async ({ page }) => {
  await load(page, `${at('/install/')}#unpack`)
  await versionMenu(page).locator('summary').click()
  await versionMenu(page).getByRole('link', { name: '1.x (firmware 1)' }).click()
  await expect(page).toHaveURL(`${at('/1.x/install/')}#unpack`)
  await expect(page.locator('#unpack')).toBeInViewport()
  await expect(versionMenu(page).locator('summary')).toHaveText('Version: 1.x (firmware 1)')

  // Flashing is a page of 1.x only: the current version's home page.
  await load(page, `${at('/1.x/flashing/')}#with-a-cable`)
  await versionMenu(page).locator('summary').click()
  await versionMenu(page).getByRole('link', { name: '2.x' }).click()
  await expect(page).toHaveURL(at('/'))

  // From the keyboard: the menu opens with Enter, its entries are links.
  await load(page, at('/first-steps/'))
  await versionMenu(page).locator('summary').focus()
  await page.keyboard.press('Enter')
  await versionMenu(page).getByRole('link', { name: '1.x (firmware 1)' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(at('/1.x/'))
})

test("an older version's banner links to the same page in the current version, and its canonical link names it", async ({ page }) => {
  await load(page, at('/1.x/install/'))
  await expect(banner(page)).toContainText('version 1.x (firmware 1), an older version')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `http://localhost:3000${at('/install/')}`)
  await banner(page).getByRole('link', { name: 'Read this page in the current version (2.x)' }).click()
  await expect(page).toHaveURL(at('/install/'))
  await expect(banner(page)).toHaveCount(0)

  await load(page, at('/1.x/flashing/'))
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `http://localhost:3000${at('/1.x/flashing/')}`)
  await expect(banner(page).getByRole('link', { name: 'Go to the current version (2.x)' })).toHaveAttribute('href', at('/'))
})

test('old /#anchor links land under the base path, in the version they name', async ({ page }) => {
  await page.goto(`${at('/')}#download`)
  await expect(page).toHaveURL(`${at('/install/')}#download`)
  await page.goto(`${at('/1.x/')}#with-a-cable`)
  await expect(page).toHaveURL(`${at('/1.x/flashing/')}#with-a-cable`)
})

test('an address that is no page gets the 404 page, which leads home under the base path', async ({ page }) => {
  const response = await page.goto(at('/1.x/no-such-page/'))
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', at('/'))
})

test.describe('Content-Security-Policy in the page', () => {
  test('every page carries one with hashes, never unsafe-inline, and loads without a violation', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => void (/Content Security Policy|Refused to/i.test(message.text()) && violations.push(message.text())))
    for (const address of [...current, ...older]) {
      await page.goto(address)
      const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? ''
      expect(policy, address).toMatch(/script-src 'self'( 'sha256-[^']+')+;/)
      expect(policy, address).toMatch(/style-src 'self'( 'sha256-[^']+')+;/)
      expect(policy, address).not.toContain('unsafe-inline')
    }
    expect(violations).toEqual([])
  })

  test('a script injected into a page does not run, even from a host that sends no headers', async ({ page, request }) => {
    // As GitHub Pages serves it: the page's own HTML, no CSP header, with a script slipped into its content.
    await page.route(at('/install/'), async (route) => {
      const html = (await (await request.get(at('/install/'))).text()).replace('<h2', '<script>window.injected = true</script><img src="x" onerror="window.injected = true"><h2')
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    })
    const blocked: string[] = []
    page.on('console', (message) => void (/Content Security Policy/i.test(message.text()) && blocked.push(message.text())))
    await load(page, at('/install/'))
    expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined()
    expect(blocked.length).toBeGreaterThanOrEqual(2)
    // The page's own scripts still ran: the theme and language scripts, the islands.
    await expect(page.locator('html')).toHaveAttribute('data-lang', 'shell')
  })
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the banner and the open version menu have no serious or critical axe violation (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await load(page, at('/1.x/install/'))
    await versionMenu(page).locator('summary').click()
    await expect(versionMenu(page).getByRole('link', { name: '2.x' })).toBeVisible()
    const { violations } = await new AxeBuilder({ page }).include('.version-banner').include('.version-menu').analyze()
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    expect(blocking, blocking.join('\n')).toEqual([])
  })
}
