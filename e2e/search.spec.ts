import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { box, options, searchButton, searchDialog, searchFor, searchStatus } from './search-helpers'

test('typing ACTFB offers the Top Connector row, and Enter lands on it with the word marked', async ({ page }) => {
  await page.goto('/')
  await searchFor(page, 'ACTFB')
  const first = options(page).first()
  await expect(first).toContainText('Top Connector › ACTFB')
  await expect(first).toContainText('Type 2 locking actuator feedback input')
  await box(page).press('Enter')
  await expect(page).toHaveURL(/\/setting-up\/#top-connector-actfb$/)
  await expect(searchDialog(page)).toBeHidden()
  await expect(page.locator('#top-connector-actfb')).toBeInViewport()
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((r) => (r as Range).toString()))).toEqual(['ACTFB'])
})

test('a prefix, a typo and a word found only in a section body all offer their section', async ({ page }) => {
  await page.goto('/setting-up/')
  await searchFor(page, 'kitt')
  await expect(options(page).first()).toContainText('Kittens')
  await searchFor(page, 'conector')
  await expect(options(page).first()).toContainText('Screw Terminal Connections › Top Connector')
  await expect(options(page).first().locator('mark')).toHaveText(['Connector', 'connector'])
  await searchFor(page, 'meowmeowmeow')
  await expect(options(page).first()).toContainText('Logging In')
  await expect(page.getByRole('group', { name: 'API' })).toBeVisible()
  await expect(searchStatus(page)).toHaveText(/^\d+ results?$/)
})

test('identifiers are found as written', async ({ page }) => {
  await page.goto('/')
  for (const [query, path] of [['CN-L', 'CN-L'], ['ACT+', 'ACT+'], ['ACT-', 'ACT-']]) {
    await searchFor(page, query)
    await expect(options(page).first().locator('.search-result-path')).toContainText(path)
  }
})

test('keyboard only: / opens the dialog, arrows choose, Enter opens, Ctrl+K and Escape return focus', async ({ page }) => {
  await page.goto('/kittens/')
  // Until the page has hydrated the shortcut has no listener: press it until it is heard.
  await expect(async () => {
    await page.keyboard.press('/')
    await expect(box(page)).toBeFocused({ timeout: 500 })
  }).toPass()
  await expect(searchDialog(page)).toBeVisible()
  await page.keyboard.type('kitt')
  await expect(options(page).first()).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  const second = options(page).nth(1)
  await expect(second).toHaveAttribute('aria-selected', 'true')
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!)
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true')
  const href = (await second.getAttribute('href'))!
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/.#-]/g, '\\$&')}$`))
  await expect(searchDialog(page)).toBeHidden()

  // From a focused link, Ctrl+K opens the dialog and Escape closes it, focus back on that link.
  const link = page.getByRole('navigation', { name: 'Documentation' }).getByRole('link', { name: 'Errors', exact: true })
  await link.focus()
  await page.keyboard.press('Control+k')
  await expect(box(page)).toBeFocused()
  await page.keyboard.type('meow')
  await expect(options(page).first()).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(searchDialog(page)).toBeHidden()
  await expect(link).toBeFocused()
  // Opened again, the dialog starts empty.
  await page.keyboard.press('Meta+k')
  await expect(box(page)).toHaveValue('')
})

test('a shortcut pressed while the dialog is still closing opens it afresh, and it stays open', async ({ page }) => {
  await page.goto('/')
  await searchFor(page, 'kitt')
  await expect(options(page).first()).toBeVisible()
  // As Escape does, close() leaves the close event for a later task; ⌘K comes in between.
  await page.evaluate(async () => {
    const closing = document.querySelector('dialog.search-dialog') as HTMLDialogElement
    const closed = new Promise((resolve) => closing.addEventListener('close', resolve, { once: true }))
    closing.close()
    dispatchEvent(new KeyboardEvent('keydown', { key: 'k', metaKey: true, bubbles: true }))
    await closed
    await new Promise(requestAnimationFrame)
  })
  await expect(searchDialog(page)).toBeVisible()
  await expect(box(page)).toBeFocused()
  await expect(box(page)).toHaveValue('')
})

test('the dialog is wide enough for snippets on a desktop and the whole screen on a phone', async ({ page }) => {
  await page.goto('/')
  await searchFor(page, 'kitt')
  expect((await searchDialog(page).boundingBox())!.width).toBeGreaterThanOrEqual(560)
  await page.keyboard.press('Escape')
  // Closed before the window shrinks, so the next / opens it afresh rather than landing mid-close.
  await expect(searchDialog(page)).toBeHidden()
  await page.setViewportSize({ width: 375, height: 740 })
  await page.keyboard.press('/')
  await expect(box(page)).toBeFocused()
  expect(await searchDialog(page).boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 740 })
})

test('the open dialog with results has no serious or critical accessibility violation, in both colour schemes', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.goto('/')
    await searchFor(page, 'conector')
    await expect(options(page).first()).toBeVisible()
    const { violations } = await new AxeBuilder({ page }).include('dialog').analyze()
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), colorScheme).toEqual([])
  }
})

test('an HTML or script payload finds nothing and runs nothing', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto('/')
  await searchFor(page, 'kitt')
  await expect(options(page).first()).toBeVisible()
  const before = await page.evaluate(() => document.querySelectorAll('img, script').length)
  for (const payload of ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '"><svg onload=alert(3)>']) {
    await searchFor(page, payload)
    await expect(searchStatus(page)).toHaveText(`No results for “${payload}”`)
  }
  expect(await page.evaluate(() => document.querySelectorAll('img, script').length)).toBe(before)
  expect(await page.locator('.search img, .search script, .search svg').count()).toBe(0)
  expect(dialogs).toEqual([])
})

test('the first load of a page fetches no search files until search is opened', async ({ page }) => {
  const urls: string[] = []
  const scripts: string[] = []
  page.on('request', (request) => urls.push(new URL(request.url()).pathname))
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''))
  })
  await page.goto('/setting-up/')
  await page.waitForLoadState('networkidle')
  // FlexSearch's encoder normalizes with NFKD: its code is the only script that says so.
  const flexsearch = (bodies: string[]) => bodies.some((body) => body.includes('NFKD'))
  expect(urls.filter((url) => url.includes('/search/'))).toEqual([])
  expect(flexsearch(scripts)).toBe(false)
  await expect(searchButton(page)).toBeVisible()

  await searchFor(page, 'actfb')
  await expect(options(page).first()).toBeVisible()
  // EVNEX is under the single-piece threshold: the manifest, then its one piece.
  expect(urls.filter((url) => url.includes('/search/'))).toEqual(['/search/manifest.json', expect.stringMatching(/^\/search\/index\.[0-9a-f]{12}\.json$/)])
  await expect.poll(() => flexsearch(scripts)).toBe(true)
})

test('a piece named by its hash may be cached for good; the manifest that names them is checked each time', async ({ request }) => {
  const manifest = await request.get('/search/manifest.json')
  expect(manifest.headers()['cache-control']).toBe('no-cache')
  const { single } = await manifest.json()
  const piece = await request.get(`/search/${single}`)
  expect(piece.ok()).toBe(true)
  expect(piece.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
})
