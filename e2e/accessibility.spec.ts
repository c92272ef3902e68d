import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { pages } from './site-pages'

/**
 * axe-core on every page, in both colour schemes, at desktop and phone widths: no serious or
 * critical violation. Moderate findings are left to review; these two levels block readers.
 */
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 740 } }

async function scan(tab: Page) {
  const { violations, incomplete } = await new AxeBuilder({ page: tab }).analyze()
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n  ')}`)
  // A contrast axe could not measure (text over a gradient or picture) is a contrast nobody checked.
  const unmeasured = incomplete
    .filter((v) => v.id === 'color-contrast')
    .flatMap((v) => v.nodes.filter((n) => n.any.some((c) => /background (gradient|image)/.test(c.message ?? ''))))
    .map((n) => `unmeasured contrast: ${n.target.join(' ')}`)
  return [...blocking, ...unmeasured]
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of Object.entries(widths)) {
    test.describe(`${colorScheme}, ${device}`, () => {
      test.use({ colorScheme, viewport })
      for (const page of pages) {
        test(`${page.href} has no serious or critical axe violation`, async ({ page: tab }) => {
          await tab.goto(page.href)
          await expect(tab.getByRole('heading', { level: 1 }).first()).toBeVisible()
          const problems = await scan(tab)
          expect(problems, problems.join('\n')).toEqual([])
        })
      }

      if (device === 'phone') {
        test('the open menu drawer has no serious or critical axe violation', async ({ page: tab }) => {
          await tab.goto(pages.at(-1)!.href)
          await tab.getByRole('button', { name: 'Menu' }).click()
          await expect(tab.getByRole('navigation', { name: 'Documentation' })).toBeVisible()
          const problems = await scan(tab)
          expect(problems, problems.join('\n')).toEqual([])
        })
      }
    })
  }
}
