import { expect, test } from '@playwright/test'
import { pages } from './site-pages'

/**
 * With JavaScript off (a locked-down browser, a failed script load, a text reader) every page
 * still shows everything its source holds; controls that need a script are not offered.
 */
test.use({ javaScriptEnabled: false })

const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 740 } }

for (const [device, viewport] of Object.entries(widths)) {
  test.describe(device, () => {
    test.use({ viewport })
    for (const page of pages) {
      test(`${page.href} shows its whole content without JavaScript`, async ({ page: tab }) => {
        await tab.goto(page.href)
        const main = tab.locator('main#content')
        const { expected } = page

        for (const heading of page.headings) {
          const shown = main.locator(`h${heading.depth}#${heading.id}`)
          await expect(shown, `heading "${heading.text}"`).toBeVisible()
          await expect(shown).toContainText(heading.text)
        }
        await expect(main.locator(':is(h1, h2, h3, h4, h5, h6)')).toHaveCount(page.headings.length)

        // Every sample shows, each under its language's name; tabs that could not switch are hidden.
        await expect(main.locator('.sample')).toHaveCount(expected.samples.length)
        for (const sample of expected.samples) {
          const panel = main.locator(`.sample#${sample.id}`)
          await expect(panel, `sample ${sample.id}`).toBeVisible()
          await expect(panel.locator('.sample-label')).toHaveText(sample.label)
          await expect(panel.locator('pre')).toBeVisible()
        }
        await expect(main.locator('pre:visible')).toHaveCount(expected.codeBlocks)
        await expect(main.locator('[role="tab"]:visible, .language-bar:visible, .copy-button:visible')).toHaveCount(0)

        await expect(main.locator('table:visible')).toHaveCount(expected.tables)
        await expect(main.locator('aside.aside:visible')).toHaveCount(expected.asides)
        await expect(main.locator('.pending:visible')).toHaveCount(expected.pending)
        const images = main.locator('img')
        await expect(images).toHaveCount(expected.images)
        for (const image of await images.all()) {
          await expect(image).toBeVisible()
          expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), await image.getAttribute('src') ?? '').toBe(true)
        }

        // The whole table of contents: every page, and this page's sections, readable on screen.
        const toc = tab.getByRole('navigation', { name: 'Documentation' })
        await expect(toc).toBeVisible()
        for (const other of pages) await expect(toc.getByRole('link', { name: other.title, exact: true }).first()).toBeVisible()
        for (const heading of page.headings.filter((h) => h.depth === 2 || h.depth === 3)) {
          await expect(toc.locator(`a[href="#${heading.id}"]`), `TOC entry "${heading.text}"`).toBeVisible()
        }
        await expect(tab.getByRole('button', { name: 'Menu' })).toBeHidden()
      })
    }
  })
}
