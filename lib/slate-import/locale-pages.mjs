/**
 * A Slate site's pages by locale, as Middleman's i18n served them. A page in `localizable/`
 * (`index.html.md`) was rendered for every locale; one with a locale before its extensions
 * (`index.kr.html.md`) only for that locale, and it wins over the other for that locale. The locale
 * at the root (`mount_at_root`, else the first locale) was served at `/index.html`, every other one
 * under its path (`/:locale/`, with `locale_map`), so `/kr/index.html`; a page outside
 * `localizable/` was served once, at its own path. Without `activate :i18n` in a config.rb, a
 * locale's page was served under its own name (`/index.kr.html`).
 *
 * The portal's layout (docs: locales): the default locale's pages are the content folder, each
 * other locale's translate them page for page. So the default locale is the one at the root, and
 * another locale gets a page where its text differs from the default's: its own file, or the
 * shared one rendered with its strings.
 */
import fs from 'node:fs'
import path from 'node:path'
import { readI18n, stringAt } from './middleman-i18n.mjs'
import { localeName, localeTag } from './locale-tags.mjs'
import { pageSegments } from './page-segments.mjs'

const TEMPLATE_EXT = /\.(md|markdown|erb)(\.erb)?$/
const CODE = /^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$/

/**
 * @typedef {{ file: string, served: string, name?: string, translates?: number }} LocaleSource
 *   served: the old URL's path (`kr/index.html`); name: the page's own (`index.html`), which its
 *   slugs start with; translates: the default locale's source it translates
 * @typedef {{ code: string, tag: string, name: string, isDefault: boolean, prefix: string,
 *   render: import('./includes.mjs').RenderLocale, sources: LocaleSource[], also: { served: string, same: number }[] }} SiteLocale
 *   code: Middleman's (`kr`); tag: the portal's BCP 47 tag (`ko`); prefix: its old URLs' folder (`kr/`);
 *   also: old URLs of the locale that showed a default locale's page as it is (`same`: its index)
 */

/** A source file: where it is under the source folder, its locale suffix, its extension-less path. */
function parse(file, root, templatesDir, isCode) {
  const rel = path.relative(root, file).split(path.sep).join('/')
  const inTemplates = rel.startsWith(`${templatesDir}/`)
  const stem = rel.replace(TEMPLATE_EXT, '').replace(/\.html$/, '')
  const last = /\.([^./]+)$/.exec(stem)
  const code = last && isCode(last[1]) ? last[1] : ''
  const bare = code ? stem.slice(0, -code.length - 1) : stem
  return { file, rel, inTemplates, code, bare, key: inTemplates ? bare.slice(templatesDir.length + 1) : bare }
}

/**
 * @param {string[]} sources  the site's pages, the home page first
 * @param {{ sourceRoot: string, warn: (at: string, message: string) => void, defaultLocale?: string }} options
 *   defaultLocale: the root locale's code when the source does not say (default `en`)
 * @returns {SiteLocale[] | undefined}  undefined: the site is not localized
 */
export function siteLocales(sources, { sourceRoot, warn, defaultLocale }) {
  const i18n = readI18n(sourceRoot, warn)
  const { options } = i18n
  const templatesDir = String(options.templates_dir).replace(/^\/+|\/+$/g, '')
  const known = new Set(i18n.codes)
  const pages = sources.map((file) => parse(file, sourceRoot, templatesDir, (c) => (known.size ? known.has(c) : CODE.test(c))))
  const suffixed = [...new Set(pages.map((p) => p.code).filter(Boolean))]
  if (i18n.active === false && suffixed.length === 0) return undefined
  if (i18n.active === undefined && suffixed.length === 0 && known.size < 2) return undefined
  const served = i18n.active !== false
  const at = `${i18n.config ?? (pages.find((p) => !p.code) ?? pages[0]).file}:1`

  // The root locale, which the portal's default is.
  let root = options.mount_at_root === false ? undefined : options.mount_at_root
  const codes = known.size ? [...known] : [...suffixed].sort()
  if (root === undefined) root = known.size ? codes[0] : defaultLocale
  if (root === undefined && options.mount_at_root !== false) {
    // Pages without a locale are the root's: English unless told; with none, the first locale, as Middleman sorted them.
    root = pages.some((p) => !p.code) || codes.includes('en') ? 'en' : codes[0]
    warn(at, `the source does not say which locale the pages without one in their name are in (no \`activate :i18n, mount_at_root: :xx\` in config.rb, no locales/*.yml) — taken to be "${root}" (${localeName(localeTag(root)?.tag ?? root)}); give --default-locale <code> if it is another`)
  }
  const defaultCode = root ?? codes[0]
  const all = [...new Set([defaultCode, ...codes, ...suffixed])]

  const prefixOf = (code) => {
    if (!served) return ''
    if (code === root) return ''
    const name = String(options.locale_map?.[code] ?? code)
    return `${String(options.path).replace(':locale', name).replace(':lang', name).replace(/^\/+/, '').replace(/\/*$/, '/')}`.replace(/^\/$/, '')
  }
  // `paths.<name>` in a locale's strings renamed a page or folder in its URLs.
  const localPath = (key, code) => key.split('/').map((part) => { const t = stringAt(i18n.strings, code, `paths.${part}`); return typeof t === 'string' ? t : part }).join('/')
  const servedAs = (page, code) => {
    if (!served) return `${page.rel.replace(TEMPLATE_EXT, '')}`
    if (!page.inTemplates && !page.code) return `${page.key}.html`
    return `${prefixOf(code)}${localPath(page.key, code)}.html`
  }

  const tags = new Map()
  const locales = all.map((code) => {
    let tag = localeTag(code)?.tag
    if (!tag) {
      tag = `x-${code.replace(/[^A-Za-z0-9]/g, '').slice(0, 8) || 'locale'}`
      warn(at, `locale "${code}" is not a BCP 47 tag — named "${tag}" in the portal; rename it in site.json "locales" and content/locales/`)
    } else if (localeTag(code).mapped) {
      warn(at, `locale "${code}" is a country code: named "${tag}" (${localeName(tag)}) in the portal, as BCP 47 has it; its old URLs (/${prefixOf(code) || `index.${code}.html`}…) are kept`)
    }
    if (tags.has(tag)) tag = `${tag}-x-${code.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}`
    tags.set(tag, code)
    const file = i18n.files[code] && path.relative(process.cwd(), i18n.files[code])
    const lookup = (key) => {
      const own = stringAt(i18n.strings, code, key)
      if (own !== undefined) return { value: own, from: code }
      const fallback = options.no_fallbacks ? undefined : stringAt(i18n.strings, defaultCode, key)
      return fallback === undefined ? undefined : { value: fallback, from: defaultCode }
    }
    // A layout that picks includes from a locale's folder; with no layout to say so, such a folder is taken.
    const subfolder = !i18n.hasLayouts && fs.existsSync(path.join(sourceRoot, 'includes', code)) ? 'includes/{locale}/{name}' : undefined
    const render = { code, templatesDir, includePattern: i18n.includePattern ?? subfolder, strings: { code, file, lookup } }
    return { code, tag, name: localeName(tag), isDefault: code === defaultCode, prefix: prefixOf(code), render, sources: [], also: [] }
  })

  // Each page, once, in the order given: its file for each locale.
  const byKey = new Map()
  for (const page of pages) {
    if (!byKey.has(page.key)) byKey.set(page.key, { plain: undefined, own: {} })
    const entry = byKey.get(page.key)
    if (page.code) entry.own[page.code] ??= page
    else entry.plain ??= page
  }
  const [main, ...others] = locales
  const index = new Map()
  for (const [key, { plain, own }] of byKey) {
    const page = own[main.code] ?? plain ?? Object.values(own)[0]
    if (!own[main.code] && !plain) warn(`${page.file}:1`, `page "${key}" is only in locale "${page.code}": it is a page of the default locale too (the portal's default locale has every page)`)
    index.set(key, main.sources.length)
    main.sources.push({ file: page.file, served: servedAs(page, page.code || main.code), name: `${key}.html` })
  }
  const sameText = (file, a, b) => {
    const text = (locale) => pageSegments(file, () => {}, { sourceRoot, locale }).segments.map((s) => `${s.file}\n${s.text}`).join('\n')
    return text(a) === text(b)
  }
  for (const locale of others) {
    for (const [key, { plain, own }] of byKey) {
      const mainFile = main.sources[index.get(key)].file
      const page = own[locale.code] ?? (plain && served && plain.inTemplates ? plain : undefined)
      if (!page || page.file === mainFile && page === own[locale.code]) continue
      // The shared page rendered for this locale is a translation only where its strings or partials differ.
      if (page === plain && plain.file === mainFile && sameText(plain.file, main.render, locale.render)) {
        locale.also.push({ served: servedAs(plain, locale.code), same: index.get(key) })
        continue
      }
      locale.sources.push({ file: page.file, served: servedAs(page, locale.code), translates: index.get(key) })
    }
  }
  return locales
}
