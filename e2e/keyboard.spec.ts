import { expect, test, type Page } from '@playwright/test'
import { pages } from './site-pages'

/** Keyboard only: the skip link comes first, every focus is visible, and the widgets work from keys. */

/** What a sighted keyboard user sees of the focused element: is it shown, and is it outlined? */
const focusState = (tab: Page) =>
  tab.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    const style = getComputedStyle(el)
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const shadowed = style.boxShadow !== 'none'
    const shown = el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`
    return { label, ring: outlined || shadowed, shown }
  })

/** Presses Tab until the focus is on `target`; fails if it never gets there. */
async function tabTo(tab: Page, target: ReturnType<Page['locator']>, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await tab.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`Tab never reached ${target}`)
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('the first Tab stop is the skip link, and it moves focus to the content', async ({ page }) => {
    await page.goto('/kittens/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.locator('main#content')).toBeFocused()
    // The next Tab continues inside the content, not back in the sidebar.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true)
  })

  for (const { href } of pages) {
    test(`every Tab stop on ${href} is visible and shows a focus ring`, async ({ page }) => {
      await page.goto(href)
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
      const bad: string[] = []
      const seen = new Set<string>()
      for (let i = 0; i < 300; i++) {
        await page.keyboard.press('Tab')
        const state = await focusState(page)
        if (!state) break
        const key = `${state.label}@${await page.evaluate(() => [...document.querySelectorAll('*')].indexOf(document.activeElement!))}`
        if (seen.has(key)) break
        seen.add(key)
        if (!state.ring || !state.shown) bad.push(`${state.label}: ${state.shown ? 'no focus ring' : 'not visible'}`)
      }
      expect(seen.size).toBeGreaterThan(3)
      expect(bad, bad.join('\n')).toEqual([])
    })
  }

  test('sample tabs switch with the arrow keys, and the language bar with Enter', async ({ page }) => {
    await page.goto('/kittens/')
    const first = page.locator('.sample-group').first()
    await tabTo(page, first.getByRole('tab', { selected: true }))
    await expect(first.getByRole('tab', { name: 'Shell' })).toBeFocused()
    await page.keyboard.press('ArrowRight')
    const javascript = first.getByRole('tab', { name: 'JavaScript' })
    await expect(javascript).toBeFocused()
    await expect(javascript).toHaveAttribute('aria-selected', 'true')
    await expect(first.locator('.sample[data-lang="javascript"]')).toBeVisible()
    await expect(first.locator('.sample[data-lang="shell"]')).toBeHidden()
    await page.keyboard.press('End')
    await expect(first.getByRole('tab', { name: 'Python' })).toBeFocused()
    await expect(first.locator('.sample[data-lang="python"]')).toBeVisible()

    await tabTo(page, page.locator('.language-bar').getByRole('button', { name: 'Ruby' }))
    await page.keyboard.press('Enter')
    await expect(first.locator('.sample[data-lang="ruby"]')).toBeVisible()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await expect(first.locator('.sample[data-lang="python"]')).toBeVisible()
  })

  test('a copy button copies its sample from the keyboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/kittens/')
    const block = page.locator('.sample-group').first().locator('.code-block').first()
    const copy = block.getByRole('button', { name: 'Copy Shell code' })
    await tabTo(page, copy)
    await expect(copy).toHaveCSS('opacity', '1')
    await page.keyboard.press('Enter')
    await expect(copy).toHaveText('Copied')
    // What the copy holds exactly is copy.spec's business; here: the keyboard copied this sample.
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied.trimEnd()).toBe((await block.locator('pre').innerText()).trimEnd())
  })

  test('the search button is reached by Tab, opens the dialog, and its results are chosen by keys', async ({ page }) => {
    // The button opens search from the moment it is on the page (its inline script), hydrated or not.
    await page.goto('/')
    const button = page.getByRole('button', { name: 'Search', exact: true })
    await tabTo(page, button, 10)
    await page.keyboard.press('Enter')
    const box = page.getByRole('dialog', { name: 'Search' }).getByRole('combobox', { name: /search/i })
    await expect(box).toBeFocused()
    await page.keyboard.type('kitten')
    const first = page.getByRole('option').first()
    await expect(first).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(first).toHaveAttribute('aria-selected', 'true')
    const href = (await first.getAttribute('href'))!
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[/.#?-]/g, '\\$&')}$`))
  })
})

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 740 } })

  test('the Menu button opens the sidebar from the keyboard, and Escape closes it', async ({ page }) => {
    await page.goto('/kittens/')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
    await page.keyboard.press('Tab')
    const menu = page.getByRole('button', { name: 'Menu' })
    await expect(menu).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    const sidebar = page.getByRole('navigation', { name: 'Documentation' })
    await expect(sidebar).toBeVisible()
    await page.keyboard.press('Tab')
    expect(await sidebar.evaluate((nav) => nav.contains(document.activeElement))).toBe(true)
    await page.keyboard.press('Escape')
    await expect(sidebar).toBeHidden()
    await expect(menu).toBeFocused()
    await expect(menu).toHaveAttribute('aria-expanded', 'false')

    // A page link chosen from the keyboard navigates and closes the drawer.
    await page.keyboard.press('Enter')
    await tabTo(page, sidebar.getByRole('link', { name: 'Errors', exact: true }))
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/errors\/$/)
    await expect(sidebar).toBeHidden()
  })
})
