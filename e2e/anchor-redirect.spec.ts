import { expect, test } from '@playwright/test'

// Slate-era links named one long page: `/#anchor`. The home page sends them to the page that
// now holds the anchor, keeping the query (the reader's language).
test('an old /#anchor link lands on the page that holds it', async ({ page }) => {
  await page.goto('/#get-all-kittens')
  await expect(page).toHaveURL(/\/kittens\/#get-all-kittens$/)
  await expect(page.locator('#get-all-kittens')).toBeVisible()
})

test('an old /?python#anchor link keeps the language', async ({ page }) => {
  await page.goto('/?python#http-request-2')
  await expect(page).toHaveURL(/\/kittens\/\?python#http-request-2$/)
})

test('an anchor on the home page itself stays there', async ({ page }) => {
  await page.goto('/#introduction')
  await page.waitForLoadState('networkidle')
  await expect(page).toHaveURL(/\/#introduction$/)
})
