import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { pages, settings } from './site-pages'

// "Edit this page" and "Last updated" come with an `editUrl` in site.json and only then; the
// date is the last commit of the page's file or a file it includes, shown as that day.
const editUrl: string = settings.editUrl
const included = (slug: string) => [...execFileSync('git', ['grep', '-ho', '<Include src="[^"]*"', '--', `content/${slug}.mdx`]).toString().matchAll(/src="([^"]+)"/g)].map((m) => `content/${m[1]}`)

function lastCommitDay(slug: string) {
  let files = [`content/${slug}.mdx`]
  try {
    files = files.concat(included(slug))
  } catch {} // git grep exits 1 when the page includes nothing
  const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', ...files]).toString().trim()
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

for (const page of pages) {
  test(`${page.href} ${editUrl ? 'links to its source and shows when it last changed' : 'has no edit link or date, as site.json has no editUrl'}`, async ({ page: tab }) => {
    await tab.goto(page.href)
    const edit = tab.getByRole('link', { name: 'Edit this page' })
    const updated = tab.getByText(/^Last updated /)
    if (!editUrl) {
      await expect(tab.locator('main h1')).toBeVisible()
      await expect(edit).toHaveCount(0)
      await expect(updated).toHaveCount(0)
      return
    }
    await expect(edit).toHaveAttribute('href', `${editUrl.replace(/\/*$/, '/')}content/${page.slug}.mdx`)
    await expect(updated).toHaveText(`Last updated ${lastCommitDay(page.slug)}`)
  })
}
