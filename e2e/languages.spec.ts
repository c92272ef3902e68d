import { expect, test, type Page } from '@playwright/test'

const STORAGE_KEY = 'evnex-docs.language'
const LABELS = { shell: 'Shell', javascript: 'JavaScript', ruby: 'Ruby', python: 'Python' } as const
type Lang = keyof typeof LABELS

/** Every group on the page shows `lang`'s sample and tab, and no other sample. */
async function expectEveryGroupShows(page: Page, lang: Lang) {
  const groups = page.locator('.sample-group')
  // A link loads the next page whole: wait for its samples before counting them.
  await expect(groups.first()).toBeAttached()
  for (const group of await groups.all()) {
    await expect(group.getByRole('tab', { name: LABELS[lang] })).toHaveAttribute('aria-selected', 'true')
    await expect(group.locator(`.sample[data-lang="${lang}"]`)).toBeVisible()
    await expect(group.locator(`.sample:not([data-lang="${lang}"])`).filter({ visible: true })).toHaveCount(0)
  }
}

const storedLanguage = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)

test('choosing JavaScript on the API page switches every group, survives a reload and carries to Kittens', async ({ page }) => {
  await page.goto('/api/')
  await expectEveryGroupShows(page, 'shell')
  await page.locator('.language-bar').getByRole('button', { name: 'JavaScript' }).click()
  await expectEveryGroupShows(page, 'javascript')
  await expect(page).toHaveURL('/api/?lang=javascript')

  await page.reload()
  await expectEveryGroupShows(page, 'javascript')

  await page.getByRole('navigation', { name: 'Documentation' }).getByRole('link', { name: 'Kittens', exact: true }).click()
  await expect(page).toHaveURL(/\/kittens\//)
  await expectEveryGroupShows(page, 'javascript')
})

test('choosing in one group switches every group on the page', async ({ page }) => {
  await page.goto('/kittens/')
  await page.locator('.sample-group').first().getByRole('tab', { name: 'Ruby' }).click()
  await expectEveryGroupShows(page, 'ruby')
  expect(await storedLanguage(page)).toBe('ruby')
})

test('?lang=shell wins over a stored JavaScript, is stored, and keeps ?x=1 and the hash', async ({ page }) => {
  await page.goto('/api/')
  await page.locator('.language-bar').getByRole('button', { name: 'JavaScript' }).click()
  await expectEveryGroupShows(page, 'javascript')

  await page.goto('/api/?lang=shell&x=1#logging-in')
  await expectEveryGroupShows(page, 'shell')
  expect(await storedLanguage(page)).toBe('shell')
  await expect(page).toHaveURL('/api/?lang=shell&x=1#logging-in')

  await page.locator('.sample-group').first().getByRole('tab', { name: 'Python' }).click()
  await expectEveryGroupShows(page, 'python')
  await expect(page).toHaveURL('/api/?lang=python&x=1#logging-in')
})

test("Slate's old link forms ?language=ruby and ?python work", async ({ page }) => {
  await page.goto('/api/?language=ruby')
  await expectEveryGroupShows(page, 'ruby')
  await page.goto('/kittens/?python')
  await expectEveryGroupShows(page, 'python')
})

const JUNK = ['?lang=<script>alert(1)</script>', '?lang=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E', '?language=__proto__', '?lang=constructor', '?toString', '?lang=', '?lang=JavaScript%00']

test('junk in the link changes nothing and renders nothing', async ({ page }) => {
  const dialogs: string[] = []
  const errors: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto('/api/')
  await page.locator('.language-bar').getByRole('button', { name: 'JavaScript' }).click()
  const before = await page.locator('#content').innerHTML()

  for (const junk of JUNK) {
    await page.goto(`/api/${junk}`)
    await expectEveryGroupShows(page, 'javascript')
    expect(await storedLanguage(page), junk).toBe('javascript')
    await expect(page.locator('#content img')).toHaveCount(0)
    await expect(page.locator('#content')).not.toContainText('alert(1)')
    expect(await page.locator('#content').innerHTML(), junk).toBe(before)
  }
  expect(dialogs).toEqual([])
  expect(errors).toEqual([])
})

test('arrow keys, Home and End move between tabs, with a roving tabindex', async ({ page }) => {
  await page.goto('/api/')
  const tablist = page.locator('.sample-group').first().getByRole('tablist')
  const tab = (lang: Lang) => tablist.getByRole('tab', { name: LABELS[lang] })
  const expectOn = async (lang: Lang) => {
    await expect(tab(lang)).toBeFocused()
    await expect(tab(lang)).toHaveAttribute('aria-selected', 'true')
    await expect(tablist.locator('[role=tab][tabindex="0"]')).toHaveCount(1)
    await expect(tab(lang)).toHaveAttribute('tabindex', '0')
    await expectEveryGroupShows(page, lang)
  }

  await tab('shell').focus()
  await page.keyboard.press('ArrowRight')
  await expectOn('javascript')
  await page.keyboard.press('ArrowRight')
  await expectOn('ruby')
  await page.keyboard.press('ArrowLeft')
  await expectOn('javascript')
  await page.keyboard.press('End')
  await expectOn('python')
  await page.keyboard.press('ArrowRight')
  await expectOn('shell')
  await page.keyboard.press('ArrowLeft')
  await expectOn('python')
  await page.keyboard.press('Home')
  await expectOn('shell')
  // Tab leaves the tablist for the visible sample, as the WAI-ARIA tabs pattern has it.
  await page.keyboard.press('Tab')
  await expect(tablist.locator('[role=tab]:focus')).toHaveCount(0)
})

test('the group the reader clicked stays where it was on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/kittens/')
  // The first group's samples differ in height, so without care the second one would move.
  const second = page.locator('.sample-group').nth(1)
  await second.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  for (const lang of ['python', 'shell', 'javascript'] as const) {
    const tab = second.getByRole('tab', { name: LABELS[lang] })
    const before = (await tab.boundingBox())!.y
    await tab.click()
    await expectEveryGroupShows(page, lang)
    const after = (await tab.boundingBox())!.y
    expect(Math.abs(after - before), `${lang}: moved from ${before} to ${after}`).toBeLessThanOrEqual(2)
  }
})

test('a stored language that differs from the default hydrates without a mismatch warning', async ({ page }) => {
  const messages: string[] = []
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) messages.push(message.text())
  })
  page.on('pageerror', (error) => messages.push(error.message))
  await page.addInitScript((key) => localStorage.setItem(key, 'ruby'), STORAGE_KEY)
  await page.goto('/kittens/')
  await expectEveryGroupShows(page, 'ruby')
  await expect(page.locator('.language-bar').getByRole('button', { name: 'Ruby' })).toHaveAttribute('aria-pressed', 'true')
  await page.waitForLoadState('networkidle')
  expect(messages).toEqual([])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every sample of the Logging In group is visible with its language label', async ({ page }) => {
    await page.goto('/api/')
    const group = page.locator('.doc-section').filter({ has: page.getByRole('heading', { name: 'Logging In' }) }).locator('.sample-group')
    const samples = group.locator('.sample')
    await expect(samples).toHaveCount(4)
    for (const [i, label] of ['Shell', 'JavaScript', 'Ruby', 'Python'].entries()) {
      await expect(samples.nth(i)).toBeVisible()
      await expect(samples.nth(i).locator('.sample-label')).toHaveText(label)
      await expect(samples.nth(i).locator('.sample-label')).toBeVisible()
      await expect(samples.nth(i).locator('pre')).toBeVisible()
    }
    await expect(group.getByRole('tab')).toHaveCount(0)
  })
})
