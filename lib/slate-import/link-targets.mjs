/**
 * Where a link written in a Slate source goes in the portal. Slate served each source page as one
 * long HTML page, so `#errors`, `v2.html#x`, `../index.html#x` and `/v2/#x` all named a page and an
 * anchor there; now the anchor lives on one of many pages. Resolved against the URL the link's
 * own page had (`/v3.html`), so relative paths mean what they meant on the served site.
 *
 * Answers: a new URL; `undefined` to leave the link alone (another site, mail, a file copied to
 * public/); or `{ dead }`, the reason it cannot be a link (the reader keeps its text).
 */
import fs from 'node:fs'
import path from 'node:path'

const SITE = 'http://slate.invalid/'

/** The paths a page served at `served` answered to: `kr/index.html`, `kr/index`, `kr`. */
const pathsOf = (served) => {
  const bare = served.replace(/\.html$/, '')
  return [served, bare, bare.replace(/(^|\/)index$/, '$1').replace(/\/$/, '')]
}

/**
 * @param {{ sources: { served: string, map: Record<string, string>, first: string }[],
 *   everywhere: Record<string, string>, root: (index: number) => string, siteUrl?: string,
 *   copy: (abs: string, url: string) => void, elsewhere?: Map<string, string> }} site
 *   map: a source's old ids → `href#id`; everywhere: any source's, for anchors on other pages;
 *   elsewhere: old URLs of other locales' pages, by locale: a page links within its own locale
 */
export function linkResolver({ sources, everywhere, root, siteUrl, copy, elsewhere = new Map() }) {
  const byPath = new Map()
  sources.forEach((s, index) => {
    for (const key of pathsOf(s.served)) if (!byPath.has(key)) byPath.set(key, index)
  })
  const otherLocale = new Map()
  for (const [served, locale] of elsewhere) for (const key of pathsOf(served)) if (!otherLocale.has(key)) otherLocale.set(key, locale)
  const anchor = (index, id) => sources[index].map[id] ?? everywhere[id]
  const outside = (url, index, reason) => {
    if (!siteUrl) return { dead: `${reason} — kept as text; give --site-url https://… to link it to the original site` }
    return new URL(url, new URL(sources[index].served, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`)).href
  }

  /** @param {string} url @param {number} index  the source page the link was written in */
  return function resolve(url, index) {
    if (!url || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return undefined
    const hash = url.indexOf('#')
    const id = hash < 0 ? '' : safeDecode(url.slice(hash + 1))
    if (hash === 0) return id ? (anchor(index, id) ?? { dead: `link to #${id}: no heading or anchor of that name in the Slate site either` }) : undefined
    // A bare word (`[x](errors)`) was often meant as an anchor without its `#`.
    if (/^[\w-]+$/.test(url) && anchor(index, url)) return anchor(index, url)
    const target = new URL(url, new URL(sources[index].served, SITE))
    const pathname = safeDecode(target.pathname).replace(/^\/+/, '')
    const page = byPath.get(pathname.replace(/\/$/, '').replace(/\.html$/, '')) ?? byPath.get(pathname)
    if (page !== undefined) {
      if (!id) return sources[page].first
      return anchor(page, id) ?? { dead: `link to ${url}: ${sources[page].served} has no anchor #${id}` }
    }
    const locale = otherLocale.get(pathname.replace(/\/$/, '').replace(/\.html$/, '')) ?? otherLocale.get(pathname)
    if (locale) return outside(url, index, `link to ${url} is a page in locale "${locale}", and a page links within its own locale in the portal (its locale menu switches)`)
    const file = path.join(root(index), pathname)
    if (pathname && !/\.(md|markdown|erb)$/.test(pathname) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      copy(file, pathname)
      return `/${pathname}${target.search}${target.hash}`
    }
    return outside(url, index, `link to ${url} is not a page of these docs`)
  }
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
