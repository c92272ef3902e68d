/**
 * Conformance of localized sites: each locale's source, as Middleman rendered it for that locale,
 * is found in that locale's own imported pages, and its old anchors land there.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fixture } from './helpers.mjs'
import { importSlate } from '../import-site.mjs'
import { findPages } from '../source-pages.mjs'
import { writeAtomically } from '../writer.mjs'
import { normalize } from '../source-inventory.mjs'
import { collectPage, emptyItems } from '../built-inventory.mjs'
import { compareItems } from '../../cli/conformance-compare.mjs'
import { localeGot, localeWant } from '../../cli/conformance-locales.mjs'
import { checkContent } from '../../content/check-content.mjs'
import { pageHref } from '../../content/load-site.mjs'

function importSet(name) {
  const { root, pages } = findPages(fixture(name, 'input'))
  return { ...importSlate(pages, { sourceRoot: root }), root }
}

const middleman = importSet('i18n-middleman')

for (const name of ['i18n-middleman', 'i18n-options', 'i18n', 'i18n-off']) {
  test(`${name}: every locale's text is found in its own pages and every old anchor of every locale lands`, async () => {
    const site = name === 'i18n-middleman' ? middleman : importSet(name)
    const out = fs.mkdtempSync(path.join(os.tmpdir(), `locales-${name}-`))
    writeAtomically(out, site.files, { force: true })
    const [main, ...others] = site.locales
    const items = emptyItems()
    const ids = new Map()
    await checkContent({ dir: out, onRendered: (slug, hast) => ids.set(pageHref(slug), collectPage(hast, items)) })
    for (const footer of site.settings.tocFooters) items.footers.push(normalize(footer))
    const lost = []
    compareItems(localeWant(main, site.root), { items, ids }, site.anchors, (kind, what) => lost.push(`${main.tag} ${kind}: ${what}`))
    for (const locale of others) {
      const { got, errors } = await localeGot(out, locale, `${out}-${locale.tag}`)
      assert.deepEqual(errors, [])
      compareItems(localeWant(locale, site.root), got, site.anchors, (kind, what) => lost.push(`${locale.tag} ${kind}: ${what}`))
    }
    assert.deepEqual(lost, [])
  })
}

test("a locale's text is looked for in its own pages: the Korean source is not found in the English pages", async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'locales-lost-'))
  writeAtomically(out, middleman.files, { force: true })
  const ko = middleman.locales.find((l) => l.tag === 'ko')
  const items = emptyItems()
  const ids = new Map()
  await checkContent({ dir: out, onRendered: (slug, hast) => ids.set(`/ko${pageHref(slug)}`, collectPage(hast, items)) })
  const report = compareItems(localeWant(ko, middleman.root), { items, ids }, middleman.anchors, () => {})
  assert.ok(report.itemShare < 0.8, String(report.itemShare))
  assert.ok(report.anchorShare < 1)
})
