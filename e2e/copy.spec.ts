import { expect, test, type Page } from '@playwright/test'

// The samples exactly as the seed writes them between their fences.
const SHELL = `# With shell, you can just pass the correct header with each request
curl "api_endpoint_here"
  -H "Authorization: meowmeowmeow"`
const JAVASCRIPT = `const kittn = require('kittn');

let api = kittn.authorize('meowmeowmeow');`
const JSON_RESPONSE = `{
  "id": 2,
  "name": "Max",
  "breed": "unknown",
  "fluffiness": 5,
  "cuteness": 10
}`

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText())

test('the copy button puts exactly the visible sample on the clipboard and says so', async ({ page }) => {
  await page.goto('/api/')
  const group = page.locator('.sample-group').first()
  const copy = group.getByRole('button', { name: 'Copy Shell code' })
  await copy.click()
  await expect(copy).toHaveText('Copied')
  await expect(group.getByRole('status').filter({ hasText: 'Shell code copied' })).toBeAttached()
  expect(await clipboard(page)).toBe(SHELL)
  await expect(copy).toHaveText('Copy', { timeout: 4000 })
})

test('after choosing JavaScript, copy is reached by keyboard and copies the JavaScript sample', async ({ page }) => {
  await page.goto('/api/')
  const group = page.locator('.sample-group').first()
  await group.getByRole('tab', { name: 'JavaScript' }).click()
  const copy = group.getByRole('button', { name: 'Copy JavaScript code' })
  await expect(copy).toBeVisible()
  await copy.focus()
  await page.keyboard.press('Enter')
  await expect(copy).toHaveText('Copied')
  expect(await clipboard(page)).toBe(JAVASCRIPT)
})

test('an always-visible JSON response has its own copy button', async ({ page }) => {
  await page.goto('/kittens/')
  const copy = page.getByRole('button', { name: 'Copy JSON code' }).nth(1)
  await copy.click()
  await expect(copy).toHaveText('Copied')
  expect(await clipboard(page)).toBe(JSON_RESPONSE)
})

test('every code block has a copy button', async ({ page }) => {
  for (const path of ['/api/', '/kittens/']) {
    await page.goto(path)
    const blocks = await page.locator('.code-block').count()
    expect(blocks).toBeGreaterThan(0)
    await expect(page.locator('.code-block button.copy-button')).toHaveCount(blocks)
  }
})
