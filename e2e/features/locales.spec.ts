import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { at } from './site'

/**
 * The feature site in three locales (e2e/fixtures/feature-site/locales/): English at the base
 * path, Korean under /ko/ and Chinese under /zh/, each translating only some pages (install and the
 * home page); version 1.x keeps a Korean translation of its own (versions/1.x/locales/ko/).
 */
const localeMenu = (page: Page) => page.locator('details.locale-menu')
const notice = (page: Page) => page.locator('.untranslated-notice')
const origin = 'http://localhost:3000'

/**
 * Loads a page with its islands hydrated: the islands' module script runs before the load event
 * that goto waits for, and hydrates at once (a page without samples has no language bar to show it).
 */
async function load(page: Page, address: string) {
  await page.goto(address, { waitUntil: 'load' })
}

/** Opens the search dialog by its name in the page's locale and types. */
async function searchFor(page: Page, query: string, name: string) {
  const dialog = page.getByRole('dialog', { name })
  if (!(await dialog.isVisible())) {
    await expect(async () => {
      await page.getByRole('button', { name, exact: true }).click()
      await expect(dialog.getByRole('combobox')).toBeFocused({ timeout: 1000 })
    }).toPass()
  }
  await dialog.getByRole('combobox').fill(query)
  return dialog
}

test('each locale has its lang and dir on <html>, in every version it has', async ({ page }) => {
  for (const [address, lang] of [['/', 'en'], ['/install/', 'en'], ['/ko/', 'ko'], ['/ko/first-steps/', 'ko'], ['/zh/install/', 'zh'], ['/1.x/ko/install/', 'ko'], ['/1.x/install/', 'en']]) {
    const response = await page.goto(at(address))
    expect(response?.status(), address).toBe(200)
    await expect(page.locator('html'), address).toHaveAttribute('lang', lang)
    await expect(page.locator('html'), address).toHaveAttribute('dir', 'ltr')
  }
})

test('a translated page names its translations with hreflang; an untranslated one names none and its original as canonical', async ({ page }) => {
  await page.goto(at('/ko/install/'))
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]))
  expect(alternates).toEqual([['en', `${origin}${at('/install/')}`], ['ko', `${origin}${at('/ko/install/')}`], ['zh', `${origin}${at('/zh/install/')}`], ['x-default', `${origin}${at('/install/')}`]])
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}${at('/ko/install/')}`)

  await page.goto(at('/ko/first-steps/'))
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}${at('/first-steps/')}`)
})

test('a page not translated yet shows the original text with a notice in the reader locale that links to the original', async ({ page }) => {
  await load(page, at('/ko/first-steps/'))
  await expect(notice(page)).toHaveText('이 페이지는 아직 한국어로 번역되지 않아 English로 보여 줍니다. 원문 보기 (English)')
  // The words below are the original's, and say so to screen readers.
  await expect(page.locator('[lang="en"] h1')).toHaveCount(1)
  await notice(page).getByRole('link', { name: '원문 보기 (English)' }).click()
  await expect(page).toHaveURL(at('/first-steps/'))
  await expect(notice(page)).toHaveCount(0)

  await load(page, at('/zh/first-steps/'))
  await expect(notice(page)).toContainText('此页面尚未翻译成中文')
  // A translated page has no notice; its links stay in its locale.
  await load(page, at('/ko/'))
  await expect(notice(page)).toHaveCount(0)
  await expect(page.getByRole('main').getByRole('link', { name: '설치', exact: true })).toHaveAttribute('href', at('/ko/install/'))
})

test('the locale menu, named for what it chooses, keeps the page and the section', async ({ page }) => {
  await load(page, `${at('/install/')}#unpack`)
  const summary = localeMenu(page).locator('summary')
  await expect(summary).toHaveAccessibleName('Language of the docs: English')
  await summary.click()
  await expect(localeMenu(page).getByRole('list', { name: 'Language of the docs' }).getByRole('link')).toHaveText(['English', '한국어', '中文'])
  await localeMenu(page).getByRole('link', { name: '한국어' }).click()
  await expect(page).toHaveURL(`${at('/ko/install/')}#unpack`)
  await expect(page.locator('#unpack')).toBeInViewport()
  await expect(page.locator('h2#unpack')).toContainText('압축 풀기')
  await expect(localeMenu(page).locator('summary')).toHaveAccessibleName('문서 언어: 한국어')

  // An untranslated page too, from the keyboard.
  await load(page, at('/ko/first-steps/'))
  await localeMenu(page).locator('summary').focus()
  await page.keyboard.press('Enter')
  await localeMenu(page).getByRole('link', { name: '中文' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(at('/zh/first-steps/'))

  // A group's page keeps its id in every locale, under its translated title.
  await page.goto(at('/ko/category/getting-started/'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('시작하기')
  await expect(page.getByRole('main').getByRole('link', { name: '설치' })).toHaveAttribute('href', at('/ko/install/'))
})

test("the portal's own words come from the locale's strings, English where it has none", async ({ page }) => {
  await load(page, at('/ko/install/'))
  await expect(page.getByRole('button', { name: '검색', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: '페이지를 Markdown으로 복사' })).toHaveText('페이지 복사')
  await expect(page.getByRole('navigation', { name: '이전 페이지와 다음 페이지' })).toContainText('다음')
  await expect(page.getByRole('group', { name: '테마' })).toBeVisible()
  await expect(page.getByRole('link', { name: '본문으로 건너뛰기' })).toBeAttached()

  await load(page, at('/zh/install/'))
  await expect(page.getByRole('button', { name: '搜索', exact: true })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Theme' })).toBeVisible()
})

test('search finds the words of the locale read, and no page of another locale', async ({ page }) => {
  await load(page, at('/ko/install/'))
  // A stem finds the word its particle is written onto (패키지를: the package + object marker).
  let dialog = await searchFor(page, '패키지', '검색')
  await expect(dialog.getByRole('option').first()).toHaveAttribute('href', `${at('/ko/install/')}#download`)
  for (const href of await dialog.getByRole('option').evaluateAll((options) => options.map((o) => o.getAttribute('href')))) expect(href).toMatch(new RegExp(`^${at('/ko/')}`))
  // English words of the untranslated pages are the English index's, not this one's.
  await searchFor(page, 'anywhere', '검색')
  await expect(dialog.getByRole('status')).toHaveText('“anywhere”에 대한 결과가 없습니다')

  await load(page, at('/zh/install/'))
  // Chinese is written without spaces: a word from the middle of a sentence is found.
  dialog = await searchFor(page, '充电桩', '搜索')
  await expect(dialog.getByRole('option').first()).toHaveAttribute('href', `${at('/zh/install/')}#unpack`)
  dialog = await searchFor(page, '软件包', '搜索')
  await expect(dialog.getByRole('option').first()).toHaveAttribute('href', `${at('/zh/install/')}#download`)

  await load(page, at('/install/'))
  dialog = await searchFor(page, '패키지를', 'Search')
  await expect(dialog.getByRole('status')).toHaveText('No results for “패키지를”')
})

test('versions and locales compose: /docs/1.x/ko/ has its banner in Korean and both menus stay in the locale', async ({ page }) => {
  await load(page, at('/1.x/ko/install/'))
  await expect(page.locator('.version-banner')).toContainText('이전 버전 1.x (firmware 1)의 문서를 읽고 있습니다.')
  await expect(page.locator('.version-banner').getByRole('link', { name: '현재 버전(2.x)에서 이 페이지 읽기' })).toHaveAttribute('href', at('/ko/install/'))
  await expect(page.locator('main img').first()).toHaveJSProperty('complete', true)
  expect(await page.locator('main img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth > 0))).toEqual([true, true])
  // 1.x has no Chinese: its locale menu lists the locales it has.
  await localeMenu(page).locator('summary').click()
  await expect(localeMenu(page).getByRole('link')).toHaveText(['English', '한국어'])

  await load(page, at('/ko/install/'))
  await page.locator('details.version-menu summary').click()
  await expect(page.getByRole('list', { name: '버전 목록' }).getByRole('link', { name: '1.x (firmware 1)' })).toHaveAttribute('href', at('/1.x/ko/'))
})

test('llms.txt, Markdown twins and the sitemap per locale', async ({ request }) => {
  const llms = await (await request.get(at('/ko/llms.txt'))).text()
  expect(llms).toContain('# 기능 문서')
  expect(llms).toContain(`${at('/ko/install.md')})`)
  expect(llms).not.toContain('first-steps')
  expect(await (await request.get(at('/ko/install.md'))).text()).toContain('아무 곳에나 압축을 푸세요.')
  expect((await request.get(at('/zh/search/manifest.json'))).status()).toBe(200)
  const sitemap = await (await request.get(at('/sitemap.xml'))).text()
  expect(sitemap).toContain(`<loc>${origin}${at('/ko/install/')}</loc>`)
  expect(sitemap).toContain(`hreflang="zh" href="${origin}${at('/zh/install/')}"`)
  expect(sitemap).not.toContain(at('/ko/first-steps/'))
  expect(sitemap).not.toContain('/1.x/')
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the notice and the open locale menu have no serious or critical axe violation (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await load(page, at('/ko/first-steps/'))
    await localeMenu(page).locator('summary').click()
    await expect(localeMenu(page).getByRole('link', { name: 'English' })).toBeVisible()
    const { violations } = await new AxeBuilder({ page }).include('.untranslated-notice').include('.locale-menu').include('.sidebar').analyze()
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    expect(blocking, blocking.join('\n')).toEqual([])
  })
}
