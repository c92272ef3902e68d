import { expect, test, type Page } from '@playwright/test'
import { searchFor, searchStatus } from './search-helpers'

/**
 * Classic XSS payloads wherever a reader's URL (or stored choice) reaches the page: the language
 * parameter and its Slate forms, any other parameter, the hash. None may run a script or add an
 * element; the page must still render. The search box gets every payload typed in.
 */
const payloads = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '<iframe src="javascript:alert(1)"></iframe>',
  '" onmouseover="alert(1)" x="',
  '</script><script>alert(1)</script>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  'shell"><img src=x onerror=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
]

const e = encodeURIComponent
const places: [string, (payload: string) => string][] = [
  ['?lang=', (p) => `/kittens/?lang=${e(p)}`],
  ['?language=', (p) => `/kittens/?language=${e(p)}`],
  ['a bare ?key', (p) => `/kittens/?${e(p)}`],
  ['another parameter', (p) => `/kittens/?q=${e(p)}&lang=javascript&${e(p)}=1`],
  ['the hash', (p) => `/kittens/#${e(p)}`],
  ['the raw hash', (p) => `/kittens/#${p}`],
]

/** Element counts by tag, plus anything that could run script: inline handlers, javascript: URLs. */
const shape = (tab: Page) =>
  tab.evaluate(() => {
    // As Next prefetches linked pages it adds same-origin preload <link>s (chunks, their pictures)
    // on its own schedule: they are not the reader's input, so they are not counted.
    const prefetched = (el: Element) => el.matches('link:is([rel=preload], [rel=prefetch], [rel=modulepreload])') && /^\/(?!\/)/.test(el.getAttribute('href') ?? '')
    const all = [...document.querySelectorAll('*')].filter((el) => !prefetched(el))
    const urlAttributes = /^(href|src|action|formaction|xlink:href|data|srcdoc)$/i
    const tags: Record<string, number> = {}
    for (const el of all) tags[el.localName] = (tags[el.localName] ?? 0) + 1
    const risky = all
      .filter((el) => [...el.attributes].some((a) => a.name.startsWith('on') || (urlAttributes.test(a.name) && /^\s*javascript:/i.test(a.value))))
      .map((el) => el.outerHTML.slice(0, 120))
    return { tags, risky }
  })

/** Loads a URL and waits until React has hydrated (the language bar shows the chosen language). */
async function load(tab: Page, url: string) {
  await tab.goto(url)
  await expect(tab.locator('.language-bar button[aria-pressed="true"]')).toHaveCount(1)
  await expect(tab.getByRole('heading', { level: 1, name: 'Kittens' })).toBeVisible()
}

let baseline: Awaited<ReturnType<typeof shape>>

test.beforeAll(async ({ browser }) => {
  const tab = await browser.newPage()
  await load(tab, '/kittens/')
  baseline = await shape(tab)
  await tab.close()
})

for (const [place, url] of places) {
  test(`payloads in ${place} run nothing and add no element`, async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    for (const payload of payloads) {
      await load(page, url(payload))
      const now = await shape(page)
      expect(now.risky, payload).toEqual([])
      expect(now.tags, payload).toEqual(baseline.tags)
    }
    expect(dialogs).toEqual([])
  })
}

test('a payload stored as the language choice runs nothing', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())))
  await page.addInitScript((value) => localStorage.setItem('evnex-docs.language', value), payloads[1])
  await load(page, '/kittens/')
  expect(await shape(page)).toEqual(baseline)
  expect(dialogs).toEqual([])
})

test('a payload in the path gets the plain 404 page', async ({ page }) => {
  const response = await page.goto(`/${e(payloads[0])}/`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  expect((await shape(page)).risky).toEqual([])
  await expect(page.locator('script:not([src])', { hasText: 'alert(1)' })).toHaveCount(0)
})

test('payloads typed in the search box run nothing and add no markup', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await load(page, '/kittens/')
  await searchFor(page, '')
  const box = page.getByRole('dialog', { name: 'Search' }).getByRole('combobox', { name: /search/i })
  const status = searchStatus(page)
  // The results list is the box's own markup, and the search code arrives as a /_next/ chunk
  // <script>: count what a payload could smuggle in instead.
  const smuggled = 'script:not([src^="/_next/"]), img, svg, iframe, details, math, body body, a[href^="javascript:" i]'
  const before = await page.locator(smuggled).count()
  for (const payload of payloads) {
    await box.fill(payload)
    await expect(status).toContainText(/\S/)
    const now = await shape(page)
    expect(now.risky, payload).toEqual([])
    expect(await page.locator(smuggled).count(), payload).toBe(before)
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Kittens' })).toBeVisible()
  expect(dialogs).toEqual([])
})
