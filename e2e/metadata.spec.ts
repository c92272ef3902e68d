import { expect, test } from '@playwright/test'
import { pages, settings } from './site-pages'

/** Addresses crawlers and link previews see: all absolute, all under the `siteUrl` setting. */
const absolute = (href: string) => new URL(href, settings.siteUrl).href

test('/sitemap.xml lists every page at its absolute address', async ({ request }) => {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/xml/)
  const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  expect(locs).toEqual(pages.map((page) => absolute(page.href)))
})

test('/robots.txt allows the site and points at the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt')
  expect(response.status()).toBe(200)
  const text = await response.text()
  expect(text).toMatch(/^User-Agent: \*$/m)
  expect(text).toMatch(/^Allow: \/$/m)
  expect(text).toContain(`Sitemap: ${absolute('/sitemap.xml')}`)
})

for (const page of pages) {
  test(`${page.href} has its canonical URL and Open Graph tags`, async ({ page: tab }) => {
    await tab.goto(page.href)
    const url = absolute(page.href)
    await expect(tab.locator('link[rel="canonical"]')).toHaveAttribute('href', url)
    await expect(tab.locator('meta[property="og:url"]')).toHaveAttribute('content', url)
    await expect(tab.locator('meta[property="og:title"]')).toHaveAttribute('content', `${page.title} – ${settings.title}`)
    await expect(tab.locator('meta[property="og:site_name"]')).toHaveAttribute('content', settings.title)
    await expect(tab.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
    await expect(tab.locator('meta[property="og:description"]')).toHaveAttribute('content', /\S/)
  })
}
