import { expect, test, type Page } from '@playwright/test'
import { box, options, searchButton, searchDialog, searchStatus } from './search-helpers'

/**
 * A reader types as soon as search opens. The dialog's shell (its box and status line) opens with
 * the key press or click, the search code still on its way: every key typed after it must land in
 * the box, in order, once, and be searched once the code arrives.
 */

/** The page hydrated, then every script chunk it asks for from now on (the search code) held back. */
async function holdSearchCode(page: Page) {
  await page.goto('/kittens/')
  // Hydrated: the language bar shows the chosen language.
  await expect(page.locator('.language-bar button[aria-pressed="true"]')).toHaveCount(1)
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const chunks: string[] = []
  await page.route('**/_portal/*.js', async (route) => {
    chunks.push(new URL(route.request().url()).pathname)
    await held
    await route.continue()
  })
  return { release, chunks }
}

const ways: [string, string, string, (page: Page) => Promise<void>][] = [
  ['/', 'kitt', 'Kittens', (page) => page.keyboard.press('/')],
  ['Ctrl+K', 'ACTFB', 'Top Connector › ACTFB', (page) => page.keyboard.press('Control+k')],
  ['⌘K', 'conector', 'Top Connector', (page) => page.keyboard.press('Meta+k')],
  ['a click on Search', 'meowmeow', 'Logging In', (page) => searchButton(page).click()],
]

for (const [way, typed, expected, open] of ways) {
  test(`keys typed right after ${way} all land in the box while the search code loads, and are searched`, async ({ page }) => {
    const { release, chunks } = await holdSearchCode(page)
    await open(page)
    await page.keyboard.type(typed)
    // The shell is there at once, its box holding every key, the status line saying search is coming.
    await expect(searchDialog(page)).toBeVisible()
    await expect(box(page)).toBeFocused()
    await expect(box(page)).toHaveValue(typed)
    await expect(searchStatus(page)).toHaveText('Loading search…')
    expect(chunks.length, 'the search code was asked for and is being held').toBeGreaterThan(0)
    await expect(options(page)).toHaveCount(0)

    release()
    await expect(options(page).first()).toContainText(expected)
    await expect(box(page)).toHaveValue(typed)
    await expect(searchStatus(page)).toHaveText(/^\d+ results?$/)
    // Typing goes on as usual once the code is here.
    await page.keyboard.press('Backspace')
    await expect(box(page)).toHaveValue(typed.slice(0, -1))
  })
}

test('before the page’s own script has run at all, / opens the box and it keeps what is typed', async ({ page }) => {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/_portal/*.js', async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/kittens/', { waitUntil: 'commit' })
  await expect(searchButton(page)).toBeVisible()
  // Not hydrated: no language is shown as chosen yet.
  await expect(page.locator('.language-bar button[aria-pressed]')).toHaveCount(0)
  await page.keyboard.press('/')
  await page.keyboard.type('kitt')
  await expect(box(page)).toHaveValue('kitt')
  await expect(searchStatus(page)).toHaveText('Loading search…')
  release()
  await expect(options(page).first()).toContainText('Kittens')
  await expect(box(page)).toHaveValue('kitt')
})

test('a dialog closed before its code arrived stays closed, and the next one opens empty', async ({ page }) => {
  const { release } = await holdSearchCode(page)
  await page.keyboard.press('/')
  await page.keyboard.type('kit')
  await page.keyboard.press('Escape')
  await expect(searchDialog(page)).toBeHidden()
  await expect(searchButton(page)).toBeVisible()
  release()
  // A closed dialog's late code does not open it again or type anywhere.
  await page.keyboard.press('/')
  await expect(box(page)).toBeFocused()
  await expect(box(page)).toHaveValue('')
  await page.keyboard.type('kitt')
  await expect(options(page).first()).toContainText('Kittens')
  await expect(searchDialog(page)).toHaveCount(1)
})
