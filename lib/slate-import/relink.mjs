/**
 * After the split into pages: pairs Slate's whole-page anchors (headings and the authors' own
 * ids) with where they live now, for `slate-anchors.json`, then sends every link of every page
 * where its anchor went (see link-targets.mjs).
 */
import { pageTargets, pairAnchors } from './anchors.mjs'
import { linkResolver } from './link-targets.mjs'
import { retargetLinks } from './links.mjs'

/**
 * @param {{ slug: string, href: string, source: number, mdx: string, whereIs?: (offset: number) => string }[]} pages
 *   edited in place; whereIs: the source file:line of an offset in the page
 * @param {{ file: string, served: string, index: number, ids: { text: string, id: string, at?: string }[], root: string }[]} sources
 * @param {{ warn: (at: string, message: string) => void, siteUrl?: string, copy: (abs: string, url: string) => void,
 *   home?: number, fallback?: { served: string, map: Record<string, string>, first: string, root: string }[],
 *   elsewhere?: Map<string, string> }} options
 *   home: the source served as the site's home, whose ids are keyed `#id` (-1: none, every key names
 *   its page); fallback: another tree's pages, which links to pages this one lacks reach (a locale's
 *   links to pages it has not translated); elsewhere: other locales' old URLs, by locale (see link-targets.mjs)
 * @returns {{ anchors: Record<string, string>, langs: Set<string>, targets: { served: string, map: Record<string, string>, first: string, root: string }[] }}
 *   anchors: old `page.html#id` (or `#id` for the home page) → new `href#id`; langs: the languages of
 *   every code block of the pages; targets: each source's old URL and where its ids went
 */
export function relinkSite(pages, sources, { warn, siteUrl, copy, home = 0, fallback = [], elsewhere }) {
  const anchors = {}
  const everywhere = Object.create(null)
  const langs = new Set()
  const targets = sources.map(({ served, index, ids }) => {
    const own = pages.filter((p) => p.source === index)
    const found = own.map((p) => ({ page: p, ...pageTargets(p.mdx) }))
    for (const page of found) for (const lang of page.langs) langs.add(lang)
    const now = found.flatMap(({ page, headings }) => headings.map((h) => ({ ...h, href: page.href })))
    const { map, lost } = pairAnchors(ids, now)
    for (const heading of lost) warn(heading.at ?? served, `heading "${heading.text}" not found after import — its anchor #${heading.id} will not redirect`)
    // Authors' own anchors (`<a id="x">`, `<h2 id="x">`) kept their ids: old links to them land there.
    for (const { page, ids: own } of found) for (const id of own) map[id] ??= `${page.href}#${id}`
    // The portal's own ids reach the same place, for links written against them.
    for (const { href, id } of now) map[id] ??= `${href}#${id}`
    const prefix = index === home ? '' : served
    for (const [id, to] of Object.entries(map)) {
      if (index !== home || to !== `/#${id}`) anchors[`${prefix}#${id}`] = to
      everywhere[id] ??= to
    }
    if (index !== home) anchors[`${served}#`] = own[0]?.href ?? '/'
    return { served, map, first: own[0]?.href ?? '/', root: sources[index].root }
  })
  const all = [...targets, ...fallback]
  const resolve = linkResolver({ sources: all, everywhere, root: (i) => all[i].root, siteUrl, copy, elsewhere })
  for (const page of pages) {
    const { file } = sources[page.source]
    const where = (offset) => page.whereIs?.(offset) ?? `${file} (page ${page.slug})`
    page.mdx = retargetLinks(page.mdx, page.href, (url) => resolve(url, page.source), (url, reason, offset) => warn(where(offset), reason))
  }
  return { anchors, langs, targets }
}
