import { at } from './site'
import { expect, test, type Page } from '@playwright/test'

/** The feature site's groups (e2e/fixtures/feature-site/site.json). */
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Documentation' })
const group = (page: Page, title: string) => sidebar(page).getByRole('button', { name: title, exact: true })

test.describe('groups in the sidebar', () => {
  test('the group holding the page is open, the others closed, and the page carries only its own group', async ({ page, request }) => {
    await page.goto(at('/install/'))
    await expect(group(page, 'Getting Started')).toHaveAttribute('aria-expanded', 'true')
    await expect(group(page, 'Manuals')).toHaveAttribute('aria-expanded', 'false')
    await expect(sidebar(page).getByRole('link', { name: 'First Steps' })).toBeVisible()
    await expect(sidebar(page).getByRole('link', { name: 'Install' })).toHaveAttribute('aria-current', 'page')
    // The HTML names the other groups' titles, not their pages.
    const html = await (await request.get(at('/install/'))).text()
    expect(html).toContain('Manuals')
    expect(html).not.toContain(`href="${at('/terminals/')}"`)
  })

  test('a nested page opens every group on its way', async ({ page }) => {
    await page.goto(at('/wiring/'))
    await expect(group(page, 'Manuals')).toHaveAttribute('aria-expanded', 'true')
    await expect(group(page, 'Hardware')).toHaveAttribute('aria-expanded', 'true')
    await expect(group(page, 'Interfaces')).toHaveAttribute('aria-expanded', 'false')
    await expect(group(page, 'Getting Started')).toHaveAttribute('aria-expanded', 'false')
  })

  test('the keyboard opens and closes a group; its pages come from the shared nav file', async ({ page }) => {
    const navRequests: string[] = []
    page.on('request', (request) => request.url().includes('/_portal/nav-') && navRequests.push(request.url()))
    await page.goto(at('/install/'))
    const reference = group(page, 'Manuals')
    await reference.focus()
    await page.keyboard.press('Enter')
    await expect(reference).toHaveAttribute('aria-expanded', 'true')
    // Its groups arrive closed; Space opens one.
    const api = group(page, 'Interfaces')
    await expect(api).toHaveAttribute('aria-expanded', 'false')
    await api.focus()
    await page.keyboard.press(' ')
    await expect(api).toHaveAttribute('aria-expanded', 'true')
    await expect(sidebar(page).getByRole('link', { name: 'Sessions' })).toBeVisible()
    expect(navRequests).toHaveLength(1)
    await reference.focus()
    await page.keyboard.press('Enter')
    await expect(reference).toHaveAttribute('aria-expanded', 'false')
    await expect(sidebar(page).getByRole('link', { name: 'Sessions' })).toBeHidden()
  })

  test('a group the reader opened stays open on the next page', async ({ page }) => {
    await page.goto(at('/install/'))
    await group(page, 'Manuals').click()
    await expect(group(page, 'Manuals')).toHaveAttribute('aria-expanded', 'true')
    await sidebar(page).getByRole('link', { name: 'First Steps' }).click()
    await expect(page).toHaveURL(/\/first-steps\/$/)
    await expect(group(page, 'Manuals')).toHaveAttribute('aria-expanded', 'true')
    await expect(group(page, 'Hardware')).toBeVisible()
  })

  test('previous and next run across groups, in sidebar order', async ({ page }) => {
    await page.goto(at('/first-steps/'))
    const nav = page.getByRole('navigation', { name: 'Previous and next page' })
    await expect(nav.getByRole('link', { name: /Previous.*Install/ })).toHaveAttribute('href', at('/install/'))
    await expect(nav.getByRole('link', { name: /Next.*Terminals/ })).toHaveAttribute('href', at('/terminals/'))
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test("a closed group's title leads to its page, which lists its pages", async ({ page }) => {
    await page.goto(at('/install/'))
    await sidebar(page).getByRole('link', { name: 'Manuals', exact: true }).click()
    await expect(page).toHaveURL(/\/category\/manuals\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manuals')
    await expect(page.locator('main').getByRole('link', { name: 'Hardware' })).toHaveAttribute('href', at('/category/hardware/'))
    await page.locator('main').getByRole('link', { name: 'Hardware' }).click()
    await expect(page.locator('main').getByRole('link', { name: 'Terminals' })).toHaveAttribute('href', at('/terminals/'))
  })

  test('every page can be reached from every page by following links', async ({ page }) => {
    const all = ['/', '/install/', '/first-steps/', '/terminals/', '/wiring/', '/auth/', '/sessions/', '/faq/'].map(at)
    const seen = new Set<string>([at('/')])
    const queue = [at('/')]
    while (queue.length) {
      await page.goto(queue.shift()!)
      const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
      for (const href of hrefs) {
        if (!seen.has(href)) {
          seen.add(href)
          queue.push(href)
        }
      }
    }
    expect(all.filter((href) => !seen.has(href))).toEqual([])
  })
})
