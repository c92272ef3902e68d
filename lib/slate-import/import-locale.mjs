/**
 * One other locale of a localized Slate site (see locale-pages.mjs): its pages read as
 * translations of the default locale's (read-tree.mjs), their links sent within the locale, and
 * what it writes. Its pages go to `locales/<tag>/` under the default locale's page names, and link
 * as the default locale's pages do (`/errors/#errors` is this locale's errors page: a locale
 * folder has the content folder's layout). Its old URLs (`/kr/index.html#x`) go to its pages
 * under the portal's locale URL (`/ko/errors/#x`): entries in the site's slate-anchors.json, read
 * by a redirect file at each old URL. The locale's own `slate-anchors.json` holds the same, within
 * the locale (`#x` for its home page), for the portal's locale home page to look old anchors up.
 */
import path from 'node:path'
import { readTree } from './read-tree.mjs'
import { relinkSite } from './relink.mjs'
import { localeSettings } from './settings.mjs'

/**
 * Whether an old URL's path is a file the portal's export writes itself (a page of any locale),
 * where a redirect file must not go.
 * @param {string[]} slugs @param {string[]} tags  the locales' URL prefixes
 */
export function portalPath(slugs, tags) {
  const pages = new Set(['index.html', ...slugs.map((s) => `${s}/index.html`)])
  return (served) => {
    const [first, ...rest] = served.split('/')
    return pages.has(served) || (tags.includes(first) && pages.has(rest.join('/')))
  }
}

/**
 * @param {import('./locale-pages.mjs').SiteLocale} locale
 * @param {{ main: { pages: { slug: string, href: string, source: number }[], sources: { file: string, served: string }[],
 *   targets: { served: string, map: Record<string, string>, first: string, root: string }[] },
 *   warn: (at: string, message: string) => void, stats: Record<string, number>, sourceRoot: string,
 *   progress: (line: string) => void, siteUrl?: string, copy: (abs: string, url: string) => void, elsewhere: Map<string, string> }} site
 *   main: the default locale's pages, sources and where each source's old ids went; elsewhere: the
 *   other locales' old URLs (but the default's), by locale
 */
export function importLocale(locale, { main, warn, stats, sourceRoot, progress, siteUrl, copy, elsewhere }) {
  const slugs = new Map()
  for (const page of main.pages) {
    if (!slugs.has(page.source)) slugs.set(page.source, [])
    slugs.get(page.source).push(page.slug)
  }
  const translated = (index) => ({ slugs: slugs.get(index) ?? [], file: main.sources[index].file })
  const tree = readTree(locale.sources, { warn, stats, sourceRoot, progress, locale: locale.render, translated, slugOf: () => undefined })
  for (const [abs, url] of tree.images) copy(abs, url)
  // Its links reach its own pages, its old URLs that showed a default page as it is (`/de/faq.html`),
  // and the default pages it has no translation of; a default page it translates is another locale's.
  const shownAsIs = locale.also.map(({ served, same }) => ({ ...main.targets[same], served }))
  const translates = new Set(locale.sources.map((s) => s.translates))
  const untranslated = main.targets.filter((_, index) => !translates.has(index))
  const others = new Map([...elsewhere, ...main.sources.filter((_, index) => translates.has(index)).map(({ served }) => [served, main.tag])])
  const { anchors: own, langs } = relinkSite(tree.pages, tree.oldHeadings, { warn, siteUrl, copy, home: -1, fallback: [...shownAsIs, ...untranslated], elsewhere: others })

  // A locale with no text of its own is no portal locale: its old URLs go to the default locale's pages.
  const base = tree.pages.length ? `/${locale.tag}` : ''
  const home = locale.sources.find((s) => s.translates === 0)?.served
  const anchors = {}
  const within = {}
  for (const [key, to] of Object.entries(own)) {
    anchors[key] = base + to
    const [served, id] = [key.slice(0, key.indexOf('#')), key.slice(key.indexOf('#') + 1)]
    if (served === home) {
      if (id && to !== `/#${id}`) within[`#${id}`] = to
    } else within[`${served.slice(locale.prefix.length)}#${id}`] = to
  }
  const stubs = locale.sources.map((s, index) => ({ served: s.served, file: s.file, to: base + (tree.pages.find((p) => p.source === index)?.href ?? '/'), homeKey: home ?? '' }))
  // Pages the locale showed as the default locale had them: their old URLs lead to the same anchors.
  for (const { served, same } of locale.also) {
    for (const [id, to] of Object.entries(main.targets[same].map)) anchors[`${served}#${id}`] ??= base + to
    anchors[`${served}#`] ??= base + main.targets[same].first
    stubs.push({ served, file: main.sources[same].file, to: base + main.targets[same].first, homeKey: home ?? '' })
  }

  const folder = path.join('locales', locale.tag)
  return {
    locale,
    pages: tree.pages,
    fronts: tree.fronts,
    langs,
    anchors,
    stubs,
    /** The locale's files, once its pages have passed the checks. @param {Record<string, any>} settings  the site's */
    files: (settings) => {
      const own = localeSettings(tree.fronts, settings, warn)
      return [
        ...tree.pages.map((p) => ({ path: path.join(folder, `${p.slug}.mdx`), content: `${p.mdx}\n` })),
        ...(Object.keys(own).length ? [{ path: path.join(folder, 'site.json'), content: `${JSON.stringify(own, null, 2)}\n` }] : []),
        { path: path.join(folder, 'slate-anchors.json'), content: `${JSON.stringify(within, null, 1)}\n` },
      ]
    },
  }
}
