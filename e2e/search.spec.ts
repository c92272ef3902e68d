import { expect, test, type Page } from '@playwright/test'

const box = (page: Page) => page.getByRole('combobox', { name: 'Search' })
const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option')

async function searchFor(page: Page, query: string) {
  await box(page).click()
  await box(page).fill(query)
}

test('typing ACTFB offers the Top Connector row, and Enter lands on it with the word marked', async ({ page }) => {
  await page.goto('/')
  await searchFor(page, 'ACTFB')
  const first = options(page).first()
  await expect(first).toContainText('Top Connector › ACTFB')
  await expect(first).toContainText('Type 2 locking actuator feedback input')
  await box(page).press('Enter')
  await expect(page).toHaveURL(/\/setting-up\/#top-connector-actfb$/)
  await expect(page.locator('#top-connector-actfb')).toBeInViewport()
  const marked = await page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((r) => (r as Range).toString()))
  expect(marked).toEqual(['ACTFB'])
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
})

test('keyboard only: the shortcut focuses the box, arrows choose, Enter opens, Escape returns', async ({ page }) => {
  await page.goto('/kittens/')
  // Until the page has hydrated the shortcut has no listener: press it until it is heard.
  await expect(async () => {
    await page.keyboard.press('/')
    await expect(box(page)).toBeFocused({ timeout: 500 })
  }).toPass()
  await page.keyboard.type('kitt')
  await expect(options(page).first()).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  const second = options(page).nth(1)
  await expect(second).toHaveAttribute('aria-selected', 'true')
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!)
  const href = (await second.getAttribute('href'))!
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/.#-]/g, '\\$&')}$`))

  await page.keyboard.press('Control+k')
  await expect(box(page)).toBeFocused()
  await page.keyboard.type('meow')
  await page.keyboard.press('Escape')
  await expect(box(page)).toHaveValue('')
  await expect(box(page)).not.toBeFocused()
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
    await expect(page.locator('.search').getByRole('status')).toHaveText(`No results for “${payload}”`)
  }
  expect(await page.evaluate(() => document.querySelectorAll('img, script').length)).toBe(before)
  expect(await page.locator('.search img, .search script, .search svg').count()).toBe(0)
  expect(dialogs).toEqual([])
})

test('the first load of a page fetches no search files until the box is used', async ({ page }) => {
  const urls: string[] = []
  const scripts: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''))
  })
  await page.goto('/setting-up/')
  await page.waitForLoadState('networkidle')
  // FlexSearch's encoder normalizes with NFKD: its code is the only script that says so.
  const flexsearch = (bodies: string[]) => bodies.some((body) => body.includes('NFKD'))
  expect(urls.filter((url) => url.includes('/search/'))).toEqual([])
  expect(flexsearch(scripts)).toBe(false)

  const index = page.waitForRequest((request) => request.url().endsWith('/search/index.json'))
  await box(page).focus()
  await index
  await expect.poll(() => flexsearch(scripts)).toBe(true)
})
