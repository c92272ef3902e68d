import { treeRoot } from './tree-root'

/** Where the search files of the version being read are; the manifest names every other one (lib/search/split.mjs). */
export const searchFile = (name: string) => `${treeRoot()}/search/${name}`
export const searchManifest = () => searchFile('manifest.json')

/**
 * Asks for the manifest with the search code, not once that code runs: a slow-4G round trip less.
 * search-client.ts's fetch of the same URL in the same CORS mode is answered by this preload.
 */
export function preloadManifest() {
  if (document.querySelector('link[data-search-manifest]')) return
  const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: searchManifest(), crossOrigin: 'anonymous' })
  link.dataset.searchManifest = ''
  document.head.append(link)
}
