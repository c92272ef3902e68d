/**
 * The locales of a site (site.json `locales`, the first the default) as more content trees: every
 * version's content is its default locale's tree, and each other locale it has a folder for
 * (`locales/<code>/` in it: the current content has every listed locale, an older version those it
 * kept) is a tree of its own, served under the version's prefix and the code (page-address.mjs).
 * A translation holds only the pages translated so far; the rest are its version's default pages,
 * shown with a notice (read-site.mjs: `translation`). Problems are `file:line:col what — how to fix`.
 *
 * @typedef {{ code: string, name: string, dir: 'ltr' | 'rtl' }} SiteLocale
 */
import fs from 'node:fs'
import path from 'node:path'
import { treePrefix } from '../addresses/page-address.mjs'
import { localeCodeProblem, textDirection } from '../locales/locale-codes.mjs'
import { readLocaleSettings, readStrings } from './locale-files.mjs'
import { readSettings } from './site-settings.mjs'
import { groupsIn } from './page-tree.mjs'

export const LOCALES_DIR = 'locales'
/** A site without `locales` is in one locale, English. */
export const DEFAULT_LOCALES = [{ code: 'en', name: 'English', dir: 'ltr' }]
export const STRINGS_FILE = 'strings.json'

/**
 * site.json's `locales`, checked: each a BCP 47 code and its name in its own language, no code twice.
 * @param {any} settings @param {(keys: (string | number)[]) => string} at where a value of site.json is
 * @returns {{ locales: SiteLocale[], errors: string[] }}
 */
export function siteLocales(settings, at) {
  const errors = []
  if (settings.locales === undefined) return { locales: DEFAULT_LOCALES, errors }
  if (!Array.isArray(settings.locales) || settings.locales.length === 0) {
    errors.push(`${at(['locales'])} "locales" must be a list, the default locale first — write "locales": [{ "code": "en", "name": "English" }, { "code": "ko", "name": "한국어" }]`)
    return { locales: DEFAULT_LOCALES, errors }
  }
  const locales = []
  const seen = new Map()
  settings.locales.forEach((entry, i) => {
    const code = typeof entry === 'string' ? entry : entry?.code
    const wrong = localeCodeProblem(code)
    if (wrong) return errors.push(`${at(typeof entry === 'string' ? ['locales', i] : ['locales', i, 'code'])} ${wrong.message} — ${wrong.hint}`)
    if (typeof entry !== 'object' || typeof entry.name !== 'string' || !entry.name.trim()) {
      return errors.push(`${at(['locales', i])} locale "${code}" has no "name" — write its name in its own language: { "code": "${code}", "name": "…" } (한국어, Português, 中文)`)
    }
    // Hosts that ignore case serve /pt-BR/ and /pt-br/ alike.
    if (seen.has(code.toLowerCase())) return errors.push(`${at(['locales', i, 'code'])} locale "${code}" is listed twice, first at ${seen.get(code.toLowerCase())} — list each locale once`)
    seen.set(code.toLowerCase(), at(['locales', i, 'code']).replace(/^.*?:(?=\d+:\d+$)/, ''))
    locales.push({ code, name: entry.name.trim(), dir: textDirection(code) })
  })
  return { locales: locales.length ? locales : DEFAULT_LOCALES, errors }
}

/** The page slugs and group titles of a version's content, or none when its site.json is unreadable (read-site.mjs reports it). */
function pagesOf(tree, settings) {
  if (tree.current) return { slugs: settings.pages ?? [], groups: groupsIn(settings.pageTree ?? []) }
  try {
    const own = readSettings(tree.dir, [])
    return { slugs: own.pages, groups: groupsIn(own.pageTree) }
  } catch {
    return { slugs: [], groups: [] }
  }
}

/**
 * Every tree of the site: each version's default-locale tree followed by its translations.
 * @param {any[]} versionTrees site-trees.mjs's trees, one per version
 * @param {{ settings: any, locales: SiteLocale[], rel: string, at: (keys: (string | number)[]) => string, clash: (code: string) => string | null }} site
 *   rel: how messages name site.json; clash: what is wrong with a code as the first segment of an address
 */
export function withLocales(versionTrees, { settings, locales, rel, at, clash }) {
  const errors = []
  const warnings = []
  const [first] = locales
  const codes = new Map(locales.map((locale, i) => [locale.code, i]))
  const relOf = (file) => path.join(path.dirname(rel), path.relative(versionTrees[0].dir, file))
  for (const locale of locales.slice(1)) {
    const wrong = clash(locale.code)
    if (wrong) errors.push(`${at(['locales', codes.get(locale.code), 'code'])} ${wrong}`)
  }
  const trees = []
  for (const version of versionTrees) {
    const { slugs, groups } = pagesOf(version, settings)
    const listed = new Set(slugs)
    const words = (dir) => {
      const read = readStrings(path.join(dir, STRINGS_FILE), relOf(path.join(dir, STRINGS_FILE)))
      errors.push(...read.errors)
      warnings.push(...read.warnings)
      return read.strings
    }
    trees.push({ ...version, versionDir: version.dir, locale: first.code, translates: null, strings: words(version.dir), localeSettings: {} })
    const folder = path.join(version.dir, LOCALES_DIR)
    const present = fs.existsSync(folder) ? fs.readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : []
    for (const name of present.filter((code) => !codes.has(code) || code === first.code).sort()) {
      errors.push(name === first.code
        ? `${relOf(path.join(folder, name))}/:1:1 "${name}" is the default locale, whose pages are the content folder itself — move its pages there, or list another locale first in ${rel} "locales"`
        : `${relOf(path.join(folder, name))}/:1:1 locale folder "${name}" is not listed in ${rel} "locales" — add { "code": "${name}", "name": "…" } there, or remove the folder`)
    }
    for (const locale of locales.slice(1)) {
      const dir = path.join(folder, locale.code)
      if (!fs.existsSync(dir)) {
        // An older version keeps the locales it had; the current content is in every listed locale.
        if (!version.current) continue
        warnings.push(`${at(['locales', codes.get(locale.code), 'code'])} warning: locale "${locale.code}" has no folder ${relOf(dir)}/ yet, so its pages are all the default locale's, each with a notice — translate pages there under the same file names`)
      }
      for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort() : []) {
        if (listed.has(file.slice(0, -4))) continue
        errors.push(`${relOf(path.join(dir, file))}:1:1 "${file.slice(0, -4)}" translates no page: the default locale has no page of that name — name the file as the page it translates (${slugs.slice(0, 4).map((s) => `${s}.mdx`).join(', ')}${slugs.length > 4 ? ', …' : ''}), or add the page to the default locale first`)
      }
      const own = readLocaleSettings(path.join(dir, 'site.json'), relOf(path.join(dir, 'site.json')), new Set(groups.map((group) => group.title)))
      errors.push(...own.errors)
      const segments = [...version.segments, locale.code]
      trees.push({
        ...version,
        versionDir: version.dir,
        name: segments.join('/'),
        dir,
        locale: locale.code,
        segments,
        prefix: treePrefix({ basePath: version.basePath, version: version.version, locale: locale.code }),
        translates: version.name,
        strings: fs.existsSync(dir) ? words(dir) : {},
        localeSettings: own.settings,
      })
    }
  }
  return { trees, errors, warnings }
}

/**
 * The locale menu of a tree: its version's trees, one per locale it has, by their own names.
 * @param {any[]} trees every tree (withLocales) @param {any} tree @param {SiteLocale[]} locales
 */
export function localeMenu(trees, tree, locales) {
  const version = tree.translates ?? tree.name
  const siblings = trees.filter((t) => (t.translates ?? t.name) === version)
  return locales.flatMap((locale) => {
    const sibling = siblings.find((t) => t.locale === locale.code)
    return sibling ? [{ code: locale.code, name: locale.name, home: `${sibling.prefix}/` }] : []
  })
}
