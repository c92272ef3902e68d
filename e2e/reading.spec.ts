import { expect, test, type Page } from '@playwright/test'
import { pages, settings } from './site-pages'

/**
 * Reading a page as laid out on a desktop: no blank prose beside long code, samples level with
 * their heading and in view while their prose scrolls, a URL hash that only the reader's own
 * scrolling moves, and terminal rows that read as words.
 */

/** Share of the prose column's height, over every section, that is blank below its prose. */
function blankProseShare(page: Page) {
  return page.evaluate(() => {
    let blank = 0
    let total = 0
    for (const prose of document.querySelectorAll<HTMLElement>('.doc-section > .prose')) {
      const box = prose.getBoundingClientRect()
      const last = prose.lastElementChild
      const end = last ? last.getBoundingClientRect().bottom + parseFloat(getComputedStyle(last).marginBottom) : box.top
      blank += Math.max(0, box.bottom - end)
      total += box.height
    }
    return total ? blank / total : 0
  })
}

for (const viewport of [{ width: 1440, height: 900 }, { width: 1280, height: 800 }]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport })
    for (const doc of pages) {
      test(`${doc.href}: at most 5% of the prose column is blank, in every sample language`, async ({ page }) => {
        for (const { key } of settings.languageTabs) {
          await page.goto(`${doc.href}?lang=${key}`)
          await expect(page.locator('html')).toHaveAttribute('data-lang', key)
          const share = await blankProseShare(page)
          expect(share, `${doc.href}?lang=${key}: ${(share * 100).toFixed(1)}% blank`).toBeLessThanOrEqual(0.05)
        }
      })
    }
  })
}

test.describe('samples beside their section', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('every section’s samples start level with its heading', async ({ page }) => {
    let checked = 0
    for (const doc of pages) {
      await page.goto(doc.href)
      const sections = page.locator('.doc-section').filter({ has: page.locator('.examples') })
      for (const section of await sections.all()) {
        const heading = section.locator('.prose').getByRole('heading').first()
        await heading.evaluate((el) => el.scrollIntoView())
        const headingTop = (await heading.boundingBox())!.y
        const sampleTop = (await section.locator('.examples > *').first().boundingBox())!.y
        expect(Math.abs(sampleTop - headingTop), `${doc.href} ${await heading.textContent()}`).toBeLessThanOrEqual(16)
        checked += 1
      }
    }
    expect(checked).toBeGreaterThan(2)
  })

  test('a section’s samples stay in view under the language bar while its prose scrolls past', async ({ page }) => {
    // A short window, so that the section can scroll past its heading before the page ends.
    await page.setViewportSize({ width: 1280, height: 360 })
    await page.goto('/api/')
    const section = page.locator('.doc-section').filter({ has: page.getByRole('heading', { name: 'Logging In' }) })
    const examples = section.locator('.examples')
    // Scroll until the heading has gone under the language bar, the section's prose still on screen.
    await section.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top + 100))
    const bar = (await page.getByRole('group', { name: 'Code sample language' }).boundingBox())!
    await expect(page.getByRole('heading', { name: 'Logging In' })).not.toBeInViewport()
    await expect(section.getByText('Kittn uses API keys')).toBeInViewport()
    const box = (await examples.boundingBox())!
    expect(Math.abs(box.y - (bar.y + bar.height))).toBeLessThanOrEqual(2)
    await expect(examples.getByText('curl "api_endpoint_here"')).toBeInViewport()
  })
})

test.describe('the URL hash', () => {
  test.use({ viewport: { width: 1280, height: 900 } })

  test('switching language near the page end keeps #get-a-specific-kitten', async ({ page }) => {
    await page.goto('/kittens/?lang=shell#get-a-specific-kitten')
    const heading = page.getByRole('heading', { name: 'Get a Specific Kitten' })
    await expect(heading).toBeInViewport()
    const toc = page.getByRole('navigation', { name: 'Documentation' })
    await expect(toc.getByRole('link', { name: 'Get a Specific Kitten' })).toHaveAttribute('aria-current', 'location')
    const group = page.locator('.sample-group').filter({ has: page.getByText('api.kittens.get(2)', { exact: false }) }).first()
    await group.getByRole('tab', { name: 'Ruby' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-lang', 'ruby')
    await expect(group.getByText("require 'kittn'")).toBeVisible()
    // Let any scroll the switch caused run its frames before reading the URL.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    expect(new URL(page.url()).hash).toBe('#get-a-specific-kitten')
    await expect(toc.getByRole('link', { name: 'Get a Specific Kitten' })).toHaveAttribute('aria-current', 'location')
  })

  test('a resize and a picture loading late keep the hash', async ({ page }) => {
    let release = () => {}
    const held = new Promise<void>((done) => (release = done))
    await page.route('**/images/topconnector.svg', async (route) => {
      await held
      await route.continue()
    })
    await page.goto('/setting-up/#top-connector-sense', { waitUntil: 'domcontentloaded' })
    await expect(page.getByRole('row', { name: /^SENSE/ })).toBeInViewport()
    const picture = page.getByRole('img', { name: /top connector/ })
    const heightBefore = (await picture.boundingBox())?.height ?? 0
    release()
    await expect.poll(async () => (await picture.boundingBox())?.height ?? 0).toBeGreaterThan(heightBefore)
    await page.setViewportSize({ width: 1100, height: 700 })
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    expect(new URL(page.url()).hash).toBe('#top-connector-sense')
  })

  test('the reader’s own scrolling moves the hash to the section read', async ({ page }) => {
    await page.goto('/kittens/?lang=shell#get-a-specific-kitten')
    await expect(page.getByRole('heading', { name: 'Get a Specific Kitten' })).toBeInViewport()
    await page.mouse.move(600, 400)
    const target = page.getByRole('heading', { name: 'Query Parameters' })
    const top = (await target.boundingBox())!.y
    await page.mouse.wheel(0, top - 60)
    await expect(page).toHaveURL(/#query-parameters$/)
  })
})

test('a mains terminal’s name reads "SENSE, Mains voltage" aloud and when copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/setting-up/')
  const row = page.getByRole('row', { name: /^SENSE/ })
  const name = row.getByRole('cell').first()
  await expect(name).toHaveAccessibleName('SENSE, Mains voltage')
  await expect(name.getByText('Mains voltage')).toBeVisible()
  await name.evaluate((cell) => getSelection()!.selectAllChildren(cell))
  await page.keyboard.press('ControlOrMeta+C')
  expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe('SENSE, Mains voltage')
})
