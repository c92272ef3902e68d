import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { options, searchDialog, searchFor, searchStatus } from './search-helpers'

/**
 * Every component in both themes, by the colours the browser computes: in dark, no light box is
 * left on the dark page (the "Picture to come" placeholder was one), and each component's text
 * reads on its own background (4.5:1, WCAG AA) in both. A screenshot of each is attached to the
 * report. A printed page is light whatever the theme; axe finds no contrast problem in dark.
 */
test.use({ viewport: { width: 1280, height: 800 } })

type Colours = { text: number; background: number; contrast: number }
/** An element's text and the colour behind it (its own, or the nearest painted ancestor's), as relative luminance. */
const colours = (target: Locator): Promise<Colours> =>
  target.evaluate((el) => {
    const channels = (c: string) => c.match(/[\d.]+/g)!.map(Number)
    const luminance = (c: string) => {
      const [r, g, b] = channels(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4))
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    let behind = getComputedStyle(document.body).backgroundColor
    for (let node: Element | null = el; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor
      if (channels(colour)[3] !== 0) {
        behind = colour
        break
      }
    }
    const text = luminance(getComputedStyle(el).color)
    const background = luminance(behind)
    return { text, background, contrast: (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05) }
  })

/** The mean luminance of what is on screen inside an element (a picture's pixels, not its CSS). */
async function pictureLuminance(page: Page, target: Locator) {
  const png = (await target.screenshot()).toString('base64')
  return page.evaluate(async (data) => {
    // An image, not fetch(): the site's CSP lets data: URLs in as images only.
    const shot = new Image()
    shot.src = `data:image/png;base64,${data}`
    await shot.decode()
    const canvas = new OffscreenCanvas(shot.naturalWidth, shot.naturalHeight)
    const context = canvas.getContext('2d')!
    context.drawImage(shot, 0, 0)
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data
    let sum = 0
    for (let i = 0; i < pixels.length; i += 4) sum += (0.2126 * pixels[i] + 0.7152 * pixels[i + 1] + 0.0722 * pixels[i + 2]) / 255
    return sum / (pixels.length / 4)
  }, png)
}

/**
 * What is checked, where: a component's text elements, found once its page is open. A badge
 * (the red "Mains voltage" label) keeps its own colour in both themes: its contrast is checked only.
 */
type Parts = { parts: Locator[]; badges?: Locator[] }
const components: [string, string, (page: Page) => Parts | Promise<Parts>][] = [
  ['pending notes', '/evse-basics/', (page) => ({ parts: [page.getByRole('note').getByText('This section is being written.').first()] })],
  ['asides', '/kittens/', (page) => ({ parts: ['warning', 'success'].flatMap((type) => [page.locator(`.aside-${type} .aside-label`), page.locator(`.aside-${type} .aside-body`)]) })],
  ['an aside on a page without samples', '/supported-browsers/', (page) => ({ parts: [page.locator('.aside-notice .aside-label'), page.locator('.aside-notice .aside-body')] })],
  ['tables', '/kittens/', (page) => ({ parts: [page.getByRole('columnheader', { name: 'Parameter' }).first(), page.getByRole('cell', { name: 'include_cats' })] })],
  ['terminal rows', '/setting-up/', (page) => {
    const mains = page.getByRole('row', { name: /^SENSE/ })
    return { parts: [mains.getByRole('cell').nth(1), page.getByRole('row', { name: /^GND/ }).getByRole('cell').nth(1)], badges: [mains.getByText('Mains voltage')] }
  }],
  ['the search dialog', '/kittens/', async (page) => {
    await searchFor(page, 'kitt')
    await expect(options(page).nth(1)).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true')
    return { parts: [searchDialog(page).getByRole('combobox'), searchStatus(page), options(page).first().locator('.search-result-path'), options(page).nth(1).locator('.search-result-snippet')] }
  }],
  ['the 404 page', '/no-such-page/', (page) => ({ parts: [page.getByRole('heading', { name: 'Page not found' }), page.getByRole('link', { name: 'Go to the home page' })] })],
]

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme })

    for (const [name, href, find] of components) {
      test(`${name}: text reads on its own background${theme === 'dark' ? ', and that background is dark' : ''}`, async ({ page }, info) => {
        await page.goto(href)
        const { parts, badges = [] } = await find(page)
        for (const part of [...parts, ...badges]) {
          await expect(part).toBeVisible()
          const { background, contrast } = await colours(part)
          const what = `${name}: ${await part.evaluate((el) => el.outerHTML.slice(0, 80))}`
          expect(contrast, what).toBeGreaterThanOrEqual(4.5)
          if (badges.includes(part)) continue
          if (theme === 'dark') expect(background, `${what} has a light background`).toBeLessThan(0.06)
          else expect(background, `${what} has a dark background`).toBeGreaterThan(0.6)
        }
        await info.attach(`${name} (${theme})`, { body: await parts[0].locator('xpath=..').screenshot(), contentType: 'image/png' })
      })
    }

    test('the "Picture to come" placeholder takes the theme’s colours', async ({ page }, info) => {
      await page.goto('/setting-up/')
      const picture = page.getByRole('img', { name: /top connector/ })
      await expect(picture).toBeVisible()
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
      const shown = await pictureLuminance(page, picture)
      if (theme === 'dark') expect(shown).toBeLessThan(0.2)
      else expect(shown).toBeGreaterThan(0.7)
      await info.attach(`placeholder (${theme})`, { body: await picture.screenshot(), contentType: 'image/png' })
    })
  })
}

test('the placeholder follows a theme chosen on the switch, not only the system’s', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/setting-up/')
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).click()
  const picture = page.getByRole('img', { name: /top connector/ })
  await expect.poll(() => pictureLuminance(page, picture)).toBeLessThan(0.2)
})

test('a page printed with the dark theme chosen prints light, its placeholder too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/setting-up/')
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.emulateMedia({ media: 'print' })
  const text = page.getByRole('row', { name: /^SENSE/ }).getByRole('cell').nth(1)
  const { background, contrast } = await colours(text)
  expect(background).toBeGreaterThan(0.9)
  expect(contrast).toBeGreaterThanOrEqual(4.5)
  expect((await colours(page.getByRole('note').first())).background).toBeGreaterThan(0.9)
  expect(await pictureLuminance(page, page.getByRole('img', { name: /top connector/ }))).toBeGreaterThan(0.7)
})

test.describe('axe in the dark theme', () => {
  test.use({ colorScheme: 'dark' })
  for (const [name, open] of [
    ['the search dialog with results', async (page: Page) => {
      await page.goto('/kittens/')
      await searchFor(page, 'kitt')
      await expect(options(page).first()).toBeVisible()
    }],
    ['the 404 page', (page: Page) => page.goto('/no-such-page/')],
  ] as const) {
    test(`${name} has no contrast problem`, async ({ page }) => {
      await open(page)
      const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze()
      const problems = violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))
      expect(problems, problems.join('\n')).toEqual([])
    })
  }
})
