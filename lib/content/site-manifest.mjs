/**
 * What the renderer needs of the whole site, written once by the build after the site was read
 * (read-site.mjs) and read by every page it renders: the settings, the sample languages, the
 * sidebar's tree with every page's title, and each page's facts. A page's own content is not in
 * it: that is the page's compiled code, beside it in `pages/<slug>.js`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { groupsIn } from './page-tree.mjs'
import { PORTAL_STRINGS } from '../locales/portal-strings.mjs'

export const MANIFEST = 'site.json'

/**
 * @typedef {{ slug: string, href: string, title: string, description: string, trail: string[],
 *   headings: { depth: number, text: string, id: string }[], editHref: string | null, updated: string | null, original: string | null,
 *   sampleGroups: boolean }} ManifestPage
 *   trail: the ids of the groups that hold the page, outermost first; original: for a page not translated
 *   yet (shown in its original's words), where the original is; sampleGroups: the page has code samples
 *   in tabs (so a language bar has something to choose on it)
 * @typedef {{ id: string, title: string, trail: string[], children: ({ page: string } | { group: string })[] }} ManifestGroup
 * @typedef {{ name: string, label: string, segments: string[], prefix: string, basePath: string, current: boolean,
 *   versions: { name: string, label: string, home: string, current: boolean }[],
 *   currentVersion: { label: string, home: string, pages: Record<string, string> } | null,
 *   locale: { code: string, name: string, dir: 'ltr' | 'rtl' }, locales: { code: string, name: string, home: string }[],
 *   strings: Record<string, string>, translations: { code: string, prefix: string, slugs: string[] | null }[] }} ManifestTree
 *   Which content tree this is (lib/content/site-trees.mjs): segments, the parts of its prefix after the
 *   base path, which the route matches; versions: the version menu; currentVersion, for an older
 *   version: the current one, and where it has the pages this one has (their banner and canonical link);
 *   locale: the tree's; locales: the locale menu; strings: the portal's words in its locale
 *   (lib/locales/portal-strings.mjs); translations: its version's trees, one per locale, and the pages
 *   each has translated (null: all, the default locale's), for the hreflang alternates
 * @typedef {{ settings: any, home: string, languages: { key: string, label: string }[],
 *   top: ({ page: string } | { group: string })[], groups: Record<string, ManifestGroup>,
 *   order: string[], pages: Record<string, ManifestPage>, navFile: string | null, tree: ManifestTree }} Manifest
 */

/** A site that is one tree at a host's root: no base path, no versions. */
export const ROOT_TREE = {
  name: '', label: '', segments: [], prefix: '', basePath: '', current: true, versions: [], currentVersion: null,
  locale: { code: 'en', name: 'English', dir: 'ltr' }, locales: [], strings: PORTAL_STRINGS, translations: [],
}

const asChild = (entry) => (entry.type === 'page' ? { page: entry.slug } : { group: entry.id })

/**
 * @param {import('./read-site.mjs').ReadSite} site
 * @param {{ navFile?: string | null, tree?: ManifestTree }} [extra]
 * @returns {Manifest}
 */
export function siteManifest(site, { navFile = null, tree = ROOT_TREE } = {}) {
  const { settings } = site
  const groups = {}
  const trails = new Map()
  const walk = (entries, trail) => {
    for (const entry of entries) {
      if (entry.type === 'page') trails.set(entry.slug, trail)
      else {
        groups[entry.id] = { id: entry.id, title: entry.title, trail, children: entry.children.map(asChild) }
        walk(entry.children, [...trail, entry.id])
      }
    }
  }
  walk(settings.pageTree, [])
  const pages = {}
  for (const page of site.pages) {
    const { slug, href, title, description, headings, editHref, updated, original = null, groups: sampleGroups } = page
    pages[slug] = { slug, href, title, description, trail: trails.get(slug) ?? [], headings: headings.filter((h) => h.depth <= 3), editHref, updated, original, sampleGroups: sampleGroups.length > 0 }
  }
  const { pageTree, pagePlaces, pages: slugs, ...kept } = settings
  return { settings: kept, home: site.home, languages: site.languages, top: settings.pageTree.map(asChild), groups, order: slugs.filter((slug) => pages[slug]), pages, navFile, tree }
}

/** Writes the manifest into the site folder. */
export function writeManifest(dir, manifest) {
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify(manifest))
}

/** Every group id, parents first, as they are in the tree. */
export const groupIds = (settings) => groupsIn(settings.pageTree).map((group) => group.id)
