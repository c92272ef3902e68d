import { cache } from 'react'
import { languageLabel } from '@/lib/languages/site-languages.mjs'
import { builtSite } from '@/lib/content/built-site.mjs'
import { fill, ISLAND_KEYS, PORTAL_STRINGS } from '@/lib/locales/portal-strings.mjs'

// Which content tree (the current content, an older version, a translation) the page being rendered
// belongs to: one per render, so every server component of the page, the MDX ones included, reads the same.
const rendering = cache(() => ({ tree: '' }))

/** Called by the route (layout and page) with the tree its address is in, before anything is read. */
export const renderTree = (name: string) => {
  rendering().tree = name
}

/** The manifest of the content tree the page being rendered belongs to. */
export const currentSite = () => builtSite(rendering().tree)

/** The name readers see for a sample language, from the site settings, for server components. */
export const labelFor = (key: string) => languageLabel(key, currentSite().settings)

type Key = keyof typeof PORTAL_STRINGS

/** One of the portal's words in the locale of the page being rendered, its `{values}` filled in. */
export const say = (key: Key, values?: Record<string, string | number>) => fill(currentSite().tree.strings?.[key] ?? PORTAL_STRINGS[key], values)

/** The islands' words where the page's locale has its own (English ones are in the islands' code). */
export const islandWords = () => {
  const strings: Record<string, string> = currentSite().tree.strings ?? PORTAL_STRINGS
  return Object.fromEntries(ISLAND_KEYS.filter((key) => strings[key] !== PORTAL_STRINGS[key]).map((key) => [key, strings[key]]))
}
