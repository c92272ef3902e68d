/**
 * What the preview (`npm run dev`) shows of a site's locales: it previews the current content in
 * its default locale, so its pages have that locale's `lang`, `dir` and the portal's words from
 * its `strings.json` (a build reads every tree: read-trees.mjs).
 */
import path from 'node:path'
import { ROOT_TREE } from '../content/site-manifest.mjs'
import { siteLocales, STRINGS_FILE } from '../content/locale-trees.mjs'
import { readStrings } from '../content/locale-files.mjs'
import { PORTAL_STRINGS } from '../locales/portal-strings.mjs'

/** @param {string} dir the content folder @param {any} settings its settings */
export function previewTree(dir, settings) {
  const [locale] = siteLocales(settings, () => 'site.json').locales
  const { strings } = readStrings(path.join(dir, STRINGS_FILE), STRINGS_FILE)
  return { ...ROOT_TREE, locale, strings: { ...PORTAL_STRINGS, ...strings } }
}
