import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

/**
 * The theme switch in the sidebar: System, Light or Dark, chosen from the keyboard, remembered on
 * every page, applied before the first paint, and axe-clean whichever theme is chosen.
 */
test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })

const LIGHT_BG = 'rgb(255, 255, 255)'
const DARK_BG = 'rgb(20, 23, 28)'
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
const themeGroup = (page: Page) => page.getByRole('group', { name: 'Theme' })

test('the theme is chosen from the keyboard: Tab reaches the switch, the arrow keys choose', async ({ page }) => {
  await page.goto('/kittens/')
  const group = themeGroup(page)
  await expect(group.getByRole('radio', { name: 'System' })).toBeChecked()
  expect(await background(page)).toBe(LIGHT_BG)

  // The switch comes right after the last page of the sidebar in the Tab order.
  await page.getByRole('navigation', { name: 'Documentation' }).getByRole('link', { name: 'Errors', exact: true }).focus()
  await page.keyboard.press('Tab')
  await expect(group.getByRole('radio', { name: 'System' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(group.getByRole('radio', { name: 'Dark' })).toBeChecked()
  await expect(group.getByRole('radio', { name: 'Dark' })).toBeFocused()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await background(page)).toBe(DARK_BG)

  await page.keyboard.press('ArrowLeft')
  await expect(group.getByRole('radio', { name: 'Light' })).toBeChecked()
  expect(await background(page)).toBe(LIGHT_BG)
})

test('the choice holds on other pages, after a reload, and System follows the system again', async ({ page }) => {
  await page.goto('/api/')
  await themeGroup(page).getByRole('radio', { name: 'Dark' }).click()
  await page.getByRole('navigation', { name: 'Documentation' }).getByRole('link', { name: 'Kittens', exact: true }).click()
  await expect(page).toHaveURL('/kittens/')
  await expect(themeGroup(page).getByRole('radio', { name: 'Dark' })).toBeChecked()
  expect(await background(page)).toBe(DARK_BG)

  await page.goto('/setting-up/')
  await expect(themeGroup(page).getByRole('radio', { name: 'Dark' })).toBeChecked()
  expect(await background(page)).toBe(DARK_BG)

  await themeGroup(page).getByRole('radio', { name: 'System' }).click()
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/)
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.reload()
  await expect(themeGroup(page).getByRole('radio', { name: 'System' })).toBeChecked()
  expect(await background(page)).toBe(DARK_BG)
  await page.emulateMedia({ colorScheme: 'light' })
  expect(await background(page)).toBe(LIGHT_BG)
})

for (const [chosen, system, expected] of [['dark', 'light', DARK_BG], ['light', 'dark', LIGHT_BG]] as const) {
  test(`a remembered ${chosen} theme is on the first frame under a ${system} system, before any page script runs`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: system })
    await page.goto('/errors/')
    await themeGroup(page).getByRole('radio', { name: chosen === 'dark' ? 'Dark' : 'Light' }).click()

    // Hold every script file back, so that only the page's inline head scripts can have run.
    let release = () => {}
    const held = new Promise<void>((done) => (release = done))
    await page.route('**/_next/static/**/*.js', async (route) => {
      await held
      await route.continue()
    })
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const root = document.documentElement
        ;(window as any).firstFrame = { theme: root.dataset.theme ?? null, background: getComputedStyle(document.body ?? root).backgroundColor }
      })
    })
    await page.goto('/kittens/', { waitUntil: 'commit' })
    await page.waitForFunction(() => (window as any).firstFrame)
    expect(await page.evaluate(() => (window as any).firstFrame)).toEqual({ theme: chosen, background: expected })
    release()
    await expect(themeGroup(page).getByRole('radio', { name: chosen === 'dark' ? 'Dark' : 'Light' })).toBeChecked()
  })
}

for (const [chosen, system] of [['Dark', 'light'], ['Light', 'dark']] as const) {
  for (const href of ['/kittens/', '/setting-up/', '/api/']) {
    test(`${href} with ${chosen} chosen under a ${system} system has no serious or critical axe violation`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: system })
      await page.goto(href)
      await themeGroup(page).getByRole('radio', { name: chosen }).click()
      await expect(themeGroup(page).getByRole('radio', { name: chosen })).toBeChecked()
      const { violations } = await new AxeBuilder({ page }).analyze()
      const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      expect(blocking, blocking.join('\n')).toEqual([])
    })
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' })
  test('the switch is not offered and the page follows the system', async ({ page }) => {
    await page.goto('/kittens/')
    await expect(page.getByRole('heading', { name: 'Kittens', level: 1 })).toBeVisible()
    await expect(themeGroup(page)).toBeHidden()
    expect(await background(page)).toBe(DARK_BG)
  })
})
