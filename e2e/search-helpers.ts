import { expect, type Page } from '@playwright/test'

/** The search button in the sidebar, the dialog it opens, and the dialog's combobox and options. */
export const searchButton = (page: Page) => page.getByRole('button', { name: 'Search', exact: true })
export const searchDialog = (page: Page) => page.getByRole('dialog', { name: 'Search' })
export const box = (page: Page) => searchDialog(page).getByRole('combobox', { name: 'Search' })
/** The dialog's own status line (other live regions, such as Copy page's, are on the page too). */
export const searchStatus = (page: Page) => searchDialog(page).getByRole('status')
export const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option')

/** Opens the dialog (with the button, until the page has hydrated) unless it is open, then types. */
export async function searchFor(page: Page, query: string) {
  if (!(await searchDialog(page).isVisible())) {
    await expect(async () => {
      await searchButton(page).click()
      await expect(box(page)).toBeFocused({ timeout: 1000 })
    }).toPass()
  }
  await box(page).fill(query)
}
