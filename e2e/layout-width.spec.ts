import { expect, test, type Page } from '@playwright/test'
import { pages } from './site-pages'

/**
 * No half-empty screen: a page, or a run of sections, without code samples gives its prose the
 * width (no dark examples column, no language bar); sections with samples keep Slate's three panes.
 */
test.use({ viewport: { width: 1440, height: 900 } })

const languageBar = (page: Page) => page.getByRole('group', { name: 'Code sample language' })
/** The width of the first block of prose (not a heading) in the section whose heading is named. */
const paragraphWidth = (page: Page, heading: string) =>
  page
    .locator('.doc-section')
    .filter({ has: page.getByRole('heading', { name: heading }) })
    .locator('.prose > :not(h1, h2, h3, h4, h5, h6)')
    .first()
    .evaluate((p) => p.getBoundingClientRect().width)

/** The colours painted behind points down the right fifth of the content area, below the title's band. */
function rightSideBackgrounds(page: Page) {
  return page.evaluate(() => {
    const main = document.getElementById('content')!.getBoundingClientRect()
    const x = main.left + main.width * 0.8
    const seen = new Set<string>()
    const below = Math.max(0, document.querySelector('h1')!.getBoundingClientRect().bottom)
    for (let y = below + 10; y < innerHeight; y += 60) {
      for (let el = document.elementFromPoint(x, y); el; el = el.parentElement) {
        const colour = getComputedStyle(el).backgroundColor
        const image = getComputedStyle(el).backgroundImage
        if (image !== 'none') seen.add(image)
        else if (colour !== 'rgba(0, 0, 0, 0)') seen.add(colour)
        else continue
        break
      }
    }
    return { seen: [...seen], page: getComputedStyle(document.body).backgroundColor }
  })
}

const withoutCode = pages.filter((p) => p.expected.codeBlocks === 0)
test('the site has pages without samples and pages with them', () => {
  expect(withoutCode.length).toBeGreaterThan(2)
  expect(pages.length - withoutCode.length).toBeGreaterThan(0)
})

for (const doc of withoutCode) {
  test(`${doc.href} has no samples: no examples column, no language bar, the page’s own background beside the prose`, async ({ page }) => {
    await page.goto(doc.href)
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    await expect(page.locator('.examples')).toHaveCount(0)
    await expect(languageBar(page)).toHaveCount(0)
    for (const scroll of [0, 600]) {
      await page.evaluate((y) => scrollTo(0, y), scroll)
      const { seen, page: background } = await rightSideBackgrounds(page)
      expect(seen, `${doc.href} at ${scroll}px`).toEqual([background])
    }
  })
}

test('prose on a page without samples is wider than prose beside samples, and reads at a measure', async ({ page }) => {
  await page.goto('/kittens/')
  const besideSamples = await paragraphWidth(page, 'Get All Kittens')
  await page.goto('/setting-up/')
  const alone = await paragraphWidth(page, 'Setting Up')
  expect(alone).toBeGreaterThan(besideSamples * 1.3)
  // A line no longer than a reader can follow (52rem), even on a wide screen.
  expect(alone).toBeLessThanOrEqual(52 * 16 + 1)
})

test('on a page without samples, Copy page sits at the right edge of the prose, clear of the title', async ({ page }) => {
  await page.goto('/evse-basics/')
  const button = (await page.getByRole('button', { name: 'Copy page' }).boundingBox())!
  const paragraph = (await page.locator('.prose > p').first().boundingBox())!
  // The title's text itself, not its heading's box (which spans the width).
  const title = await page.getByRole('heading', { level: 1 }).evaluate((h) => {
    const range = document.createRange()
    range.selectNodeContents(h.firstChild!)
    const { x, width } = range.getBoundingClientRect()
    return { x, width }
  })
  expect(Math.abs(button.x + button.width - (paragraph.x + paragraph.width))).toBeLessThanOrEqual(2)
  expect(button.x).toBeGreaterThan(title.x + title.width)
  // On a tablet, where the prose is narrower than its measure, the label stays on one line.
  await page.setViewportSize({ width: 820, height: 700 })
  const narrow = (await page.getByRole('button', { name: 'Copy page' }).boundingBox())!
  expect(narrow.height).toBe(button.height)
})

test('on a page with samples and without, only the sections with samples have the examples column', async ({ page }) => {
  await page.goto('/api/')
  const withSamples = page.locator('.doc-section').filter({ has: page.locator('.examples') })
  await expect(withSamples).toHaveCount(1)
  await expect(languageBar(page)).toBeVisible()
  // The section with samples: prose on the left half, samples on the right.
  const main = (await page.locator('#content').boundingBox())!
  const prose = (await withSamples.locator('.prose').boundingBox())!
  const examples = (await withSamples.locator('.examples').boundingBox())!
  expect(Math.abs(examples.x - (main.x + main.width / 2))).toBeLessThanOrEqual(2)
  expect(prose.x + prose.width).toBeLessThanOrEqual(examples.x + 1)
  // A section without: its prose wider than the prose beside samples.
  expect(await paragraphWidth(page, 'Basics')).toBeGreaterThan(await paragraphWidth(page, 'Logging In'))
})
