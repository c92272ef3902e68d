import { expect, test } from '@playwright/test'

/** Every heading of the seed, by page: what a reader of the Slate docs expects to find. */
const SEED = [
  { title: 'Introduction', path: '/', headings: [] },
  { title: 'Supported Browsers', path: '/supported-browsers/', headings: [] },
  { title: 'EVSE Basics', path: '/evse-basics/', headings: ['Connection Types'] },
  {
    title: 'Setting Up',
    path: '/setting-up/',
    headings: ['Installation', 'Screw Terminal Connections', 'Top Connector', 'Bottom Connector', 'Creating Account', 'Connecting to WiFi', 'Connection Modes'],
  },
  { title: 'Interface', path: '/interface/', headings: [] },
  { title: 'GPI', path: '/gpi/', headings: [] },
  { title: 'GPO', path: '/gpo/', headings: [] },
  { title: 'API', path: '/api/', headings: ['Basics', 'Authentication', 'Logging In'] },
  { title: 'Kittens', path: '/kittens/', headings: ['Get All Kittens', 'HTTP Request', 'Query Parameters', 'Get a Specific Kitten', 'URL Parameters'] },
  { title: 'Errors', path: '/errors/', headings: [] },
]

/** A page's h1; its text also holds the hover-only '#' link-to-section mark, so match by name. */
const h1 = (page: import('@playwright/test').Page, title: string) => page.getByRole('heading', { level: 1, name: title })

const sidebar = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Documentation' })

test('every seed section is reachable from the sidebar and shows its headings', async ({ page }) => {
  await page.goto('/')
  for (const section of SEED) {
    await sidebar(page).getByRole('link', { name: section.title, exact: true }).click()
    await expect(page).toHaveURL(section.path)
    await expect(h1(page, section.title)).toBeVisible()
    await expect(page).toHaveTitle(`${section.title} – EVNEX Docs & API`)
    for (const text of section.headings) {
      await expect(page.getByRole('heading', { name: text }).first()).toBeVisible()
    }
  }
})

const TERMINALS = [
  { name: 'GND', mains: false },
  { name: 'N', mains: true },
  { name: 'L', mains: true },
  { name: 'CN-N', mains: true },
  { name: 'CN-L', mains: true },
  { name: 'SENSE', mains: true },
  { name: 'ACTFB', mains: false },
  { name: 'ACT+', mains: false },
  { name: 'ACT-', mains: false },
]

test('the Top Connector table shows all nine terminals, mains rows marked in text', async ({ page }) => {
  await page.goto('/setting-up/')
  const rows = page.locator('.terminal-table tbody tr')
  await expect(rows).toHaveCount(TERMINALS.length)
  for (const [i, terminal] of TERMINALS.entries()) {
    const row = rows.nth(i)
    await expect(row.locator('td').first().locator('code')).toHaveText(terminal.name)
    if (terminal.mains) await expect(row).toContainText('Mains voltage')
    else await expect(row).not.toContainText('Mains voltage')
  }
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.id))
  expect(new Set(ids).size, 'every row has its own anchor').toBe(TERMINALS.length)
})

test('a link to #top-connector-sense lands on the SENSE row', async ({ page }) => {
  await page.goto('/setting-up/#top-connector-sense')
  const row = page.locator('#top-connector-sense')
  await expect(row).toBeInViewport()
  await expect(row.locator('code')).toHaveText('SENSE')
  await expect(row.getByRole('link', { name: 'SENSE' })).toHaveAttribute('href', '#top-connector-sense')
})

test('asides render with their kind as a text label and role=note', async ({ page }) => {
  const asides = [
    { path: '/api/', label: 'Note', text: 'You must replace meowmeowmeow with your personal API key.' },
    { path: '/supported-browsers/', label: 'Note', text: 'Internet Explorer is not currently supported' },
    { path: '/kittens/', label: 'Tip', text: 'Remember — a happy kitten is an authenticated kitten!' },
    { path: '/kittens/', label: 'Warning', text: "Inside HTML code blocks like this one, you can't use Markdown" },
  ]
  for (const aside of asides) {
    await page.goto(aside.path)
    const note = page.getByRole('note').filter({ hasText: aside.text })
    await expect(note).toBeVisible()
    await expect(note.locator('.aside-label')).toHaveText(new RegExp(`${aside.label}$`))
  }
})

test.describe('at 1280px', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('the examples column sits to the right of the prose of its section', async ({ page }) => {
    await page.goto('/api/')
    const section = page.locator('.doc-section').filter({ has: page.getByRole('heading', { name: 'Logging In' }) })
    const prose = await section.locator('.prose').boundingBox()
    const examples = await section.locator('.examples').boundingBox()
    expect(examples!.x).toBeGreaterThanOrEqual(prose!.x + prose!.width - 1)
    expect(examples!.y).toBeLessThan(prose!.y + prose!.height)
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden()
    await expect(sidebar(page)).toBeVisible()
  })
})

test.describe('at 375px', () => {
  test.use({ viewport: { width: 375, height: 740 } })

  test('the examples flow inline, below the prose of their section', async ({ page }) => {
    await page.goto('/api/')
    const section = page.locator('.doc-section').filter({ has: page.getByRole('heading', { name: 'Logging In' }) })
    const prose = await section.locator('.prose').boundingBox()
    const examples = await section.locator('.examples').boundingBox()
    expect(examples!.y).toBeGreaterThanOrEqual(prose!.y + prose!.height - 1)
    expect(examples!.x).toBeLessThan(prose!.x + prose!.width)
    expect(examples!.x + examples!.width).toBeLessThanOrEqual(375)
  })

  test('the Menu button opens the sidebar, and a link in it leads on', async ({ page }) => {
    await page.goto('/')
    await expect(sidebar(page)).toBeHidden()
    const menu = page.getByRole('button', { name: 'Menu' })
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await expect(sidebar(page)).toBeVisible()
    await sidebar(page).getByRole('link', { name: 'Setting Up' }).click()
    await expect(page).toHaveURL('/setting-up/')
    await expect(h1(page, 'Setting Up')).toBeVisible()
    await expect(sidebar(page)).toBeHidden()
  })
})

test('no page logs a console error', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
  for (const { path } of SEED) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // Let hydration and the scroll spy run before leaving the page.
    await page.waitForLoadState('networkidle')
  }
  expect(errors).toEqual([])
})

test('an unknown address shows the 404 page with a link home', async ({ page }) => {
  const response = await page.goto('/no-such-page/')
  expect(response?.status()).toBe(404)
  await expect(h1(page, 'Page not found')).toBeVisible()
  await page.getByRole('link', { name: 'Go to the home page' }).click()
  await expect(h1(page, 'Introduction')).toBeVisible()
})
