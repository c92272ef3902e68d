import { expect, test, type Page } from '@playwright/test'
import { pages, settings } from './site-pages'

/**
 * The site for readers who read through an assistant: every page as Markdown at its .md address,
 * named in its head, /llms.txt and /llms-full.txt, served by `npm start` (lib/cli/serve.json) as
 * text with the same security headers as the pages, and the "Copy page" button.
 */
const mdPath = (slug: string) => `/${slug}.md`

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

for (const page of pages) {
  test(`${page.href} names its Markdown in its head, and ${mdPath(page.slug)} is served as Markdown`, async ({ page: tab, request }) => {
    await tab.goto(page.href)
    const href = await tab.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href')
    expect(new URL(href!, settings.siteUrl).pathname).toBe(mdPath(page.slug))
    const response = await request.get(mdPath(page.slug))
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8')
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    const markdown = await response.text()
    expect(markdown.startsWith(`# ${page.title}\n`)).toBe(true)
    // Every heading the page shows is a Markdown heading; every sample is fenced with its language.
    for (const heading of page.headings) expect(markdown).toContain(`${'#'.repeat(heading.depth)} ${heading.text}\n`)
    expect(markdown.match(/^```\S*/gm)?.length ?? 0).toBe(page.expected.codeBlocks * 2)
  })
}

for (const file of ['/llms.txt', '/llms-full.txt']) {
  test(`${file} is served as plain text with the security headers`, async ({ request }) => {
    const response = await request.get(file)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8')
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
    expect(response.headers()['x-frame-options']).toBe('DENY')
  })
}

test('/llms.txt lists every page, in sidebar order, at the absolute URL of its Markdown', async ({ request }) => {
  const text = await (await request.get('/llms.txt')).text()
  expect(text.startsWith(`# ${settings.title}\n\n> ${settings.description}\n`)).toBe(true)
  const listed = [...text.matchAll(/^- \[(.+?)\]\((\S+?)\)/gm)].map((m) => [m[1], m[2]])
  expect(listed).toEqual(pages.map((page) => [page.title, `${settings.siteUrl.replace(/\/$/, '')}${mdPath(page.slug)}`]))
})

test('/llms-full.txt is every page\'s Markdown, in sidebar order', async ({ request }) => {
  const full = await (await request.get('/llms-full.txt')).text()
  const each = await Promise.all(pages.map(async (page) => (await request.get(mdPath(page.slug))).text()))
  expect(full).toBe(each.join('\n---\n\n'))
})

test.describe('Copy page', () => {
  const clipboard = (tab: Page) => tab.evaluate(() => navigator.clipboard.readText())

  test('puts the page\'s Markdown on the clipboard and says so', async ({ page: tab, request }) => {
    await tab.goto('/kittens/')
    const button = tab.getByRole('button', { name: 'Copy page as Markdown' })
    await button.click()
    await expect(button).toHaveText('Copied')
    await expect(tab.getByRole('status').filter({ hasText: 'Page copied as Markdown' })).toBeAttached()
    const copied = await clipboard(tab)
    expect(copied).toBe(await (await request.get('/kittens.md')).text())
    expect(copied).toContain('## Get All Kittens')
    expect(copied).toContain('```python\nimport kittn')
    expect(copied).toContain('> **Warning:** Inside HTML code blocks')
    await expect(button).toHaveText('Copy page', { timeout: 4000 })
  })

  test('is reached by keyboard and copies the home page as /index.md', async ({ page: tab, request }) => {
    await tab.goto('/')
    const button = tab.getByRole('button', { name: 'Copy page as Markdown' })
    await button.focus()
    await tab.keyboard.press('Enter')
    await expect(button).toHaveText('Copied')
    expect(await clipboard(tab)).toBe(await (await request.get('/index.md')).text())
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('no Copy page button is offered, and the Markdown is still named in the head', async ({ page: tab }) => {
    await tab.goto('/setting-up/')
    await expect(tab.locator('h1')).toBeVisible()
    const button = tab.locator('button.copy-page-button')
    await expect(button).toBeAttached()
    await expect(button).toBeHidden()
    await expect(tab.locator('link[rel="alternate"][type="text/markdown"]')).toHaveCount(1)
  })
})
