/**
 * The whole import, in memory: Slate source pages (with their includes) in, the portal's content
 * folder out as a list of files, plus counts and warnings. Nothing is written here (see writer.mjs).
 * A localized site (Middleman i18n, see locale-pages.mjs) is one tree per locale: the default
 * locale's pages are the content folder, each other locale's are `locales/<tag>/` with the same
 * page names (docs: locales), and every locale's old URLs redirect to its pages.
 */
import fs from 'node:fs'
import path from 'node:path'
import { languageTabs } from './front-matter.mjs'
import { createPageSlugger } from './split-pages.mjs'
import { relinkSite } from './relink.mjs'
import { findSourceRoot, sourceName } from './source-names.mjs'
import { buildSettings } from './settings.mjs'
import { redirectStub } from './redirect-stub.mjs'
import { passChecks } from './pass-checks.mjs'
import { readTree } from './read-tree.mjs'
import { siteLocales } from './locale-pages.mjs'
import { importLocale, portalPath } from './import-locale.mjs'

const safeDecode = (text) => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * @param {string[]} sources  Slate page files; the first becomes the home page
 * @param {{ progress?: (line: string) => void, siteUrl?: string, sourceRoot?: string, defaultLocale?: string }} [options]
 *   siteUrl: where the Slate site was served, so links to its pages outside the docs (`/admin/`,
 *   `/schemas/x.json`) still go there; sourceRoot: the site's source folder (default: found from
 *   the pages, see findSourceRoot), which pages are served from and partials are looked up in;
 *   defaultLocale: the code of the locale of pages without one in their name, when the source does not say
 */
export function importSlate(sources, { progress = () => {}, siteUrl, sourceRoot = findSourceRoot(sources), defaultLocale } = {}) {
  const warnings = []
  const warn = (at, message) => warnings.push(`${at} ${message}`)
  const stats = { codeBlocks: 0, tables: 0, asides: 0, commentsDropped: 0, headings: 0, includes: 0 }
  const locales = siteLocales(sources, { sourceRoot, warn, defaultLocale })
  const main = locales?.[0] ?? { sources: sources.map((file) => ({ file, served: sourceName(file, sourceRoot).served })), also: [] }
  const others = (locales ?? []).slice(1)
  const tags = others.map((l) => l.tag)
  // Every source page's old URL gets a small redirect file (the home page's too, unless it was /index.html).
  const stubs = main.sources.map(({ served }, index) => (index === 0 && served === 'index.html' ? undefined : served))
  // A page slug must not be a folder those files live in (`/kr/index.html`, `/docs/index.html`), nor a locale's.
  const folders = [...stubs, ...others.flatMap((l) => [...l.sources, ...l.also].map((s) => s.served))].filter((s) => s?.includes('/')).map((s) => s.split('/')[0])
  const slugOf = createPageSlugger([...folders, ...tags, 'locales'])
  const images = new Map()
  const tree = readTree(main.sources, { warn, stats, sourceRoot, progress, locale: main.render, slugOf })
  for (const [abs, url] of tree.images) images.set(abs, url)
  const { pages } = tree

  const copy = (abs, url) => images.set(abs, url)
  // A page links within its own locale: the old URLs of the others' pages are known, to say so.
  const servedIn = (locale) => [...locale.sources, ...locale.also].map(({ served }) => [served, locale.tag])
  const elsewhere = (locale) => new Map(others.filter((l) => l !== locale).flatMap(servedIn))
  const { anchors, langs, targets } = relinkSite(pages, tree.oldHeadings, { warn, siteUrl, copy, elsewhere: elsewhere(main) })
  const translations = others.map((locale) => importLocale(locale, { main: { pages, targets, sources: main.sources, tag: main.tag }, warn, stats, sourceRoot, progress, siteUrl, copy, elsewhere: elsewhere(locale) }))
  for (const t of translations) for (const lang of t.langs) langs.add(lang)

  const tabKeys = new Set([...tree.fronts, ...translations.flatMap((t) => t.fronts)].flatMap(({ data }) => languageTabs(data.language_tabs).map((t) => t.key)))
  // Every language that is not a tab is shown as it is, never hidden behind a tab (a ```GET block).
  const responseLanguages = [...langs].filter((lang) => !tabKeys.has(lang))
  const settings = buildSettings(tree.fronts, { pages: pages.map((p) => p.slug), responseLanguages, warn, translations: translations.flatMap((t) => t.fronts) })
  const listed = translations.filter((t) => t.pages.length > 0)
  if (locales) settings.locales = [locales[0], ...listed.map((t) => t.locale)].map(({ tag, name }) => ({ code: tag, name }))

  /** @type {{ path: string, content?: string, copyFrom?: string }[]} */
  const files = []
  for (const [abs, url] of images) if (fs.existsSync(abs)) files.push({ path: path.join('public', url), copyFrom: abs })
  // Slate copied the whole images/ folder.
  const imagesDir = path.resolve(sourceRoot, 'images')
  if (fs.existsSync(imagesDir)) {
    for (const entry of fs.readdirSync(imagesDir, { recursive: true })) {
      const abs = path.join(imagesDir, String(entry))
      if (fs.statSync(abs).isFile() && !images.has(abs)) files.push({ path: path.join('public/images', String(entry)), copyFrom: abs })
    }
  }
  // The portal's own pages are never overwritten: an old URL that is one (`/pt/index.html`) needs no redirect file.
  const portalPages = portalPath(pages.map((p) => p.slug), listed.map((t) => t.locale.tag))
  const stub = (served, to, homeKey, file) => {
    if (portalPages(served)) warn(`${file}:1`, `its old URL /${served} is the portal's own page now (no redirect file there): its old anchors are in the locale's slate-anchors.json`)
    else files.push({ path: path.join('public', served), content: redirectStub(served, to, homeKey) })
  }
  stubs.forEach((served, index) => served && stub(served, pages.find((p) => p.source === index)?.href ?? '/', '', main.sources[index].file))
  for (const t of translations) {
    Object.assign(anchors, t.anchors)
    for (const { served, to, homeKey, file } of t.stubs) stub(served, to, homeKey, file)
  }

  const published = new Set(files.map((f) => `/${f.path.split(path.sep).slice(1).join('/')}`))
  const portalPublic = path.resolve('public')
  const inPublic = (pathname) => published.has(safeDecode(pathname)) || fs.existsSync(path.join(portalPublic, safeDecode(pathname)))
  const ids = passChecks(pages, settings, { inPublic, warn })
  for (const t of listed) {
    // A locale shows the default locale's page where it has none of its own: its links may lead there.
    const own = new Set(t.pages.map((p) => p.slug))
    passChecks(t.pages, settings, { inPublic, warn, shown: new Map([...ids].filter(([slug]) => !own.has(slug))) })
  }
  files.unshift(
    { path: 'site.json', content: `${JSON.stringify(settings, null, 2)}\n` },
    { path: 'slate-anchors.json', content: `${JSON.stringify(anchors, null, 1)}\n` },
    ...pages.map((p) => ({ path: `${p.slug}.mdx`, content: `${p.mdx}\n` })),
    ...listed.flatMap((t) => t.files(settings)),
  )

  const summary = {
    sources: sources.length,
    pages: pages.length,
    locales: settings.locales?.map(({ code }) => ({ code, pages: code === settings.locales[0].code ? pages.length : listed.find((t) => t.locale.tag === code).pages.length })),
    sections: stats.headings,
    codeSamples: stats.codeBlocks,
    tables: stats.tables,
    asides: stats.asides,
    includes: stats.includes,
    commentsDropped: stats.commentsDropped,
    images: files.filter((f) => f.copyFrom).length,
    anchorsRedirected: Object.keys(anchors).length,
    warnings: warnings.length,
  }
  const localized = listed.map((t) => ({ ...t.locale, pages: t.pages }))
  return { files, settings, pages, anchors, warnings, summary, locales: locales && [{ ...locales[0], pages }, ...localized] }
}
