/**
 * Page weight from a built export: what a first visit to each route downloads (the scripts and
 * stylesheets its HTML names), the HTML itself, and the chunks no page names, which load lazily.
 * Read from the files on disk, so the figure is what a static host serves, not what Next reports.
 */
import fs from 'node:fs'
import path from 'node:path'
import { gzipSize } from './stats.mjs'

// A string FlexSearch's minified bundle keeps (a tokenizer name), to tell which chunks carry search.
const SEARCH_MARKERS = ['"bidirectional"']

/** Every `index.html` of the export as [route, file], without the 404 pages. */
export function exportRoutes(outDir) {
  const found = []
  const walk = (dir, route) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== '_next' && entry.name !== '_not-found' && entry.name !== '404') {
        walk(path.join(dir, entry.name), `${route}${entry.name}/`)
      } else if (entry.name === 'index.html') found.push([route, path.join(dir, entry.name)])
    }
  }
  walk(outDir, '/')
  return found.sort((a, b) => a[0].localeCompare(b[0]))
}

/**
 * The assets an HTML page makes the browser fetch before it is interactive. `noModule` scripts are
 * left out: browsers with modules (all the supported ones) never fetch them.
 * @returns {{ js: string[], css: string[], legacy: string[] }} URL paths
 */
export function firstLoadAssets(html) {
  const js = new Set()
  const css = new Set()
  const legacy = new Set()
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]?.split('?')[0]
    // Next's own files, and the portal's islands and their chunks (lib/cli/islands-bundle.mjs).
    if (!url || !/^\/(?:_next|_portal)\//.test(url)) continue
    if (tag.startsWith('<script')) {
      if (/\bnoModule\b/i.test(tag)) legacy.add(url)
      else js.add(url)
    } else if (/\brel="stylesheet"/.test(tag)) css.add(url)
    else if (/\brel="(?:preload|modulepreload)"/.test(tag) && (/\bas="script"/.test(tag) || url.endsWith('.js'))) js.add(url)
  }
  return { js: [...js], css: [...css], legacy: [...legacy] }
}

function weigh(outDir, urls, cache) {
  let raw = 0
  let gzip = 0
  for (const url of urls) {
    if (!cache.has(url)) {
      const data = fs.readFileSync(path.join(outDir, url))
      cache.set(url, { raw: data.length, gzip: gzipSize(data), search: SEARCH_MARKERS.some((m) => data.includes(m)) })
    }
    raw += cache.get(url).raw
    gzip += cache.get(url).gzip
  }
  return { raw, gzip, search: urls.some((url) => cache.get(url).search) }
}

/**
 * @param {string} outDir a built export
 * @returns {{ routes: object[], lazy: object[] }}
 */
export function pageWeight(outDir) {
  const cache = new Map()
  const referenced = new Set()
  const pages = exportRoutes(outDir).map(([route, file]) => {
    const html = fs.readFileSync(file)
    const { js, css, legacy } = firstLoadAssets(html.toString())
    for (const url of [...js, ...css, ...legacy]) referenced.add(url)
    const jsWeight = weigh(outDir, js, cache)
    const { raw, gzip } = weigh(outDir, css, cache)
    return {
      route,
      html: { raw: html.length, gzip: gzipSize(html) },
      js: { raw: jsWeight.raw, gzip: jsWeight.gzip, files: js.length },
      css: { raw, gzip, files: css.length },
      searchInFirstLoad: jsWeight.search,
    }
  })
  const scripts = (dir) => (fs.existsSync(path.join(outDir, dir)) ? fs.readdirSync(path.join(outDir, dir)).map((name) => `/${dir}/${name}`) : [])
  const lazy = [...scripts('_next/static/chunks'), ...scripts('_portal')]
    .filter((url) => !referenced.has(url) && url.endsWith('.js'))
    .map((url) => {
      const { raw, gzip, search } = weigh(outDir, [url], cache)
      return { file: url, raw, gzip, search }
    })
  // The search files: the manifest and every piece it names (lib/search/split.mjs), all together.
  const searchDir = path.join(outDir, 'search')
  const searchFiles = fs.existsSync(searchDir) ? fs.readdirSync(searchDir).sort().map((name) => `/search/${name}`) : []
  const searchData = searchFiles.length ? { file: `/search/ (${searchFiles.length} file${searchFiles.length === 1 ? '' : 's'})`, ...weigh(outDir, searchFiles, cache), search: true } : null
  return { routes: pages, lazy, searchData }
}
