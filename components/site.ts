import { cache } from 'react'
import { languageLabel } from '@/lib/languages/site-languages.mjs'
import { builtSite } from '@/lib/content/built-site.mjs'

// Which content tree (the current content, or an older version) the page being rendered belongs to:
// one per render, so every server component of the page, the MDX ones included, reads the same.
const rendering = cache(() => ({ tree: '' }))

/** Called by the route (layout and page) with the tree its address is in, before anything is read. */
export const renderTree = (name: string) => {
  rendering().tree = name
}

/** The manifest of the content tree the page being rendered belongs to. */
export const currentSite = () => builtSite(rendering().tree)

/** The name readers see for a sample language, from the site settings, for server components. */
export const labelFor = (key: string) => languageLabel(key, currentSite().settings)
