import AxeBuilder from '@axe-core/playwright'
import { at } from './site'
import { expect, test, type Page } from '@playwright/test'
import { options, searchFor } from '../search-helpers'

/**
 * A reference made from e2e/fixtures/feature-site/openapi.yaml, in the second site of
 * playwright.config.ts: the samples follow the reader's language, copy copies them, search finds
 * an operation by its path, nested properties open without JavaScript, axe finds nothing serious.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const operation = (page: Page, id: string) => page.locator('.doc-section', { has: page.locator(`h2#${id}`) })

test('the language bar switches the generated request sample, and copy copies the one shown', async ({ page }) => {
  await page.goto(at('/reference-pets/'))
  const section = operation(page, 'getpetbyid')
  const group = section.locator('.sample-group')
  await expect(group.locator('.sample[data-lang="shell"] pre')).toContainText('curl --request GET')
  await page.locator('.language-bar').getByRole('button', { name: 'Python' }).click()
  const python = group.locator('.sample[data-lang="python"] pre')
  await expect(python).toBeVisible()
  await expect(python).toContainText('requests.get(url')
  await expect(python).toContainText('https://petstore.example.com/v1/pets/42')
  await expect(group.locator('.sample[data-lang="shell"]')).toBeHidden()

  const copy = group.getByRole('button', { name: 'Copy Python code' })
  await copy.click()
  await expect(copy).toHaveText('Copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await python.innerText()).trim())
})

test("an operation's own x-codeSamples entry is the shell sample; the JSON response is beside it", async ({ page }) => {
  await page.goto(at('/reference-pets/'))
  const section = operation(page, 'listpets')
  await expect(section.locator('.sample[data-lang="shell"] pre')).toHaveText('curl https://petstore.example.com/v1/pets?limit=20')
  await expect(section.locator('.endpoint')).toContainText('Deprecated')
  await expect(section.locator('.examples')).toContainText('200 response')
})

test('search finds an operation by its path and lands on its section', async ({ page }) => {
  await page.goto(at('/reference/'))
  await searchFor(page, '/owners/{ownerId}')
  await expect(options(page).first()).toContainText('Find an owner')
  await options(page).first().click()
  await expect(page).toHaveURL(/\/reference-owners\/#getowner$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Find an owner' })).toBeInViewport()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('nested properties open and close, and every sample is there with its label', async ({ page }) => {
    await page.goto(at('/reference-pets/'))
    const section = operation(page, 'getpetbyid')
    const nested = section.locator('details.fields-nested').first()
    const summary = nested.locator(':scope > summary')
    const owner = nested.locator(':scope > .fields .field-name').filter({ hasText: /^owner$/ }).first()
    await expect(summary).toHaveText('Body: Pet')
    await expect(owner).toBeHidden()
    await summary.click()
    await expect(owner).toBeVisible()
    await summary.click()
    await expect(owner).toBeHidden()
    await expect(section.locator('.sample')).toHaveCount(4)
  })
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`reference pages have no serious or critical axe violation (${colorScheme})`, async ({ page }) => {
    test.slow()
    await page.emulateMedia({ colorScheme })
    for (const href of ['/reference/', '/reference-pets/', '/reference-owners/', '/reference-schemas/']) {
      await page.goto(at(href))
      // Opened, the nested rows are checked too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
      const { violations } = await new AxeBuilder({ page }).analyze()
      const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${href} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
      expect(blocking, blocking.join('\n')).toEqual([])
    }
  })
}
