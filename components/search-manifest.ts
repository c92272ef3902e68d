/** Where the search manifest is; it names every other search file (lib/search/split.mjs). */
export const SEARCH_MANIFEST = '/search/manifest.json'

/**
 * Asks for the manifest with the search code, not once that code runs: a slow-4G round trip less.
 * search-client.ts's fetch of the same URL in the same CORS mode is answered by this preload.
 */
export function preloadManifest() {
  if (document.querySelector('link[data-search-manifest]')) return
  const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: SEARCH_MANIFEST, crossOrigin: 'anonymous' })
  link.dataset.searchManifest = ''
  document.head.append(link)
}
