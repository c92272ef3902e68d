import { expect, test } from '@playwright/test'
import { pages } from './site-pages'

/**
 * What `npm start`'s server (lib/cli/serve.json) sends with every response, and how pages link out.
 * The CSP is asserted directive by directive, so loosening any of them fails here first. Scripts and
 * styles: the site's own files, and inline ones only by their hashes (lib/cli/security-policy.mjs).
 */
const hashed = /^'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/
const csp = {
  'default-src': "'self'",
  'script-src': expect.stringMatching(hashed),
  'style-src': expect.stringMatching(hashed),
  'img-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
}

const addresses = [...pages.map((page) => page.href), '/no-such-page/', '/sitemap.xml', '/robots.txt', '/icon.svg']

for (const address of addresses) {
  test(`${address} is served with the security headers`, async ({ request }) => {
    const response = await request.get(address)
    expect(response.status()).toBe(address === '/no-such-page/' ? 404 : 200)
    const headers = response.headers()
    const policy = Object.fromEntries(
      (headers['content-security-policy'] ?? '').split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name, values.join(' ')]),
    )
    expect(policy).toMatchObject(csp)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options']).toBe('DENY')
  })
}

test('the page script is served with the same headers', async ({ page, request }) => {
  await page.goto('/')
  const chunk = await page.locator('script[type="module"][src^="/_portal/"]').first().getAttribute('src')
  const headers = (await request.get(chunk!)).headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['content-type']).toMatch(/javascript/)
})

test('every page loads with no CSP violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  for (const { href } of pages) {
    await page.goto(href)
    // Every script the page asks for has run (a page without samples has no language bar to wait for).
    await page.waitForLoadState('networkidle')
  }
  expect(violations).toEqual([])
})

test('every link that leaves the site opens with noopener and noreferrer', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin
  let external = 0
  for (const { href } of pages) {
    await page.goto(href)
    const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' })))
    for (const link of links.filter((l) => /^https?:/.test(l.href) && new URL(l.href).origin !== origin)) {
      external += 1
      expect(link.rel.split(/\s+/), `${href} → ${link.href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
    }
  }
  // The seed content links out (example.com): the check must have looked at something.
  expect(external).toBeGreaterThan(0)
})
