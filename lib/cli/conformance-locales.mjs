/**
 * Conformance per locale, for a localized Slate site: each locale's source pages are listed as
 * Middleman rendered them for that locale (its strings, its partials), and looked for in that
 * locale's imported pages, read as the content check reads any content folder (a locale folder
 * has the content folder's layout; locale-folder.mjs adds what its readers are shown besides).
 * Its old anchors (`kr/index.html#x`) must land on its own pages, under its URL (`/ko/…`).
 */
import fs from 'node:fs'
import path from 'node:path'
import { sourceInventory, normalize } from '../slate-import/source-inventory.mjs'
import { collectPage, emptyItems } from '../slate-import/built-inventory.mjs'
import { localeContentFolder } from '../slate-import/locale-folder.mjs'
import { checkContent } from '../content/check-content.mjs'
import { pageHref } from '../content/load-site.mjs'

/**
 * What a locale's readers saw in the Slate site.
 * @param {import('../slate-import/locale-pages.mjs').SiteLocale} locale  one of importSlate's `locales`
 * @param {string} sourceRoot
 */
export const localeWant = (locale, sourceRoot) =>
  sourceInventory(
    locale.sources.map((s) => s.file),
    { sourceRoot, locale: locale.render, served: locale.sources.map((s) => s.served), home: locale.isDefault ? 0 : -1 },
  )

/**
 * What the portal shows a locale's readers on the locale's own pages, and the content check's errors there.
 * @param {string} content  the imported content folder
 * @param {{ tag: string }} locale  a locale other than the default
 * @param {string} work  an empty folder for the locale's content folder
 */
export async function localeGot(content, locale, work) {
  const { dir, own } = localeContentFolder(content, locale.tag, work)
  const items = emptyItems()
  const ids = new Map()
  const { errors } = await checkContent({
    dir,
    onRendered: (slug, hast) => {
      if (own.has(slug)) ids.set(`/${locale.tag}${pageHref(slug)}`, collectPage(hast, items))
    },
  })
  const settings = JSON.parse(fs.readFileSync(path.join(dir, 'site.json'), 'utf8'))
  for (const footer of settings.tocFooters ?? []) items.footers.push(normalize(footer))
  fs.rmSync(work, { recursive: true, force: true })
  const shown = path.relative(process.cwd(), path.join(content, 'locales', locale.tag))
  return { got: { items, ids }, errors: errors.map((e) => e.replace(path.relative(process.cwd(), dir), shown)) }
}
