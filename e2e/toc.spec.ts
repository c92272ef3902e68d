import { expect, test } from '@playwright/test'

test.use({ viewport: { width: 1280, height: 800 } })

test('the active TOC entry and the URL hash follow scrolling, without adding history entries', async ({ page }) => {
  await page.goto('/api/')
  const toc = page.getByRole('navigation', { name: 'Documentation' })
  await toc.getByRole('link', { name: 'Kittens', exact: true }).click()
  await expect(page).toHaveURL('/kittens/')
  const entries = await page.evaluate(() => history.length)

  const entry = (name: string) => toc.getByRole('link', { name, exact: true })
  // As a reader scrolls, with the wheel: only the reader's own scrolling moves the hash.
  const scrollTo = async (id: string) => {
    await page.mouse.move(700, 400)
    await page.mouse.wheel(0, (await page.locator(`#${id}`).boundingBox())!.y - 60)
  }

  await scrollTo('query-parameters')
  await expect(entry('Query Parameters')).toHaveAttribute('aria-current', 'location')
  await expect(page).toHaveURL('/kittens/#query-parameters')
  await expect(toc.locator('[aria-current=location]')).toHaveCount(1)

  await scrollTo('get-a-specific-kitten')
  await expect(entry('Get a Specific Kitten')).toHaveAttribute('aria-current', 'location')
  await expect(entry('Query Parameters')).not.toHaveAttribute('aria-current', /.*/)
  await expect(page).toHaveURL('/kittens/#get-a-specific-kitten')

  await page.evaluate(() => window.scrollTo(0, 0))
  await expect(toc.locator('[aria-current=location]')).toHaveCount(0)

  expect(await page.evaluate(() => history.length)).toBe(entries)
  await page.goBack()
  await expect(page).toHaveURL('/api/')
})

test('a TOC entry of the page scrolls to its section and marks it', async ({ page }) => {
  await page.goto('/kittens/')
  const toc = page.getByRole('navigation', { name: 'Documentation' })
  await toc.getByRole('link', { name: 'Get a Specific Kitten' }).click()
  await expect(page.getByRole('heading', { name: 'Get a Specific Kitten' })).toBeInViewport()
  await expect(toc.getByRole('link', { name: 'Get a Specific Kitten' })).toHaveAttribute('aria-current', 'location')
})
