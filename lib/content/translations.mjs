/**
 * A page's translations, as search engines and readers are told of them: the `hreflang` alternates
 * of a page name the same page in every locale of its version that has translated it (the default
 * locale always has it, and is the `x-default`). A page shown untranslated is no translation: it
 * names none, and its canonical address is its original.
 */
import { pageAddress } from '../addresses/page-address.mjs'

// A page asks whether each locale translated it: a set per list, made once, so 10,000 pages do not scan 10,000 slugs each.
const sets = new WeakMap()
const slugSet = (/** @type {string[]} */ slugs) => {
  if (!sets.has(slugs)) sets.set(slugs, new Set(slugs))
  return sets.get(slugs)
}

/**
 * @param {import('./site-manifest.mjs').ManifestTree} tree the tree the page is read in
 * @param {{ slug: string, original?: string | null }} page @param {string} home the home page's slug
 * @returns {Record<string, string> | null} locale code (and 'x-default') → address; null when there is nothing to name
 */
export function pageAlternates(tree, page, home) {
  const translations = tree.translations ?? []
  if (translations.length < 2 || page.original) return null
  const has = translations.filter((t) => t.slugs === null || slugSet(t.slugs).has(page.slug))
  if (has.length < 2) return null
  const alternates = Object.fromEntries(has.map((t) => [t.code, pageAddress(page.slug, home, t.prefix)]))
  const first = translations.find((t) => t.slugs === null)
  if (first) alternates['x-default'] = pageAddress(page.slug, home, first.prefix)
  return alternates
}

/** The address search engines should index for a page: an untranslated page's original, an older version's current page where there is one. */
export const canonicalAddress = (tree, page) => page.original ?? tree.currentVersion?.pages[page.slug] ?? page.href
