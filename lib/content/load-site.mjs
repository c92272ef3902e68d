/**
 * The content loader: reads the settings and every page through the same remark plugins the MDX
 * compiler uses, and hands out what the site is built from (titles, headings with their real ids,
 * descriptions, sample languages, the trees the search index and the checks read).
 * It knows nothing of React.
 */
import fs from 'node:fs'
import path from 'node:path'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import { VFile } from 'vfile'
import { contentDir, readSettings } from './site-settings.mjs'
import { pluginFunctions } from '../mdx/plugins.mjs'
import { siteLanguages } from '../languages/site-languages.mjs'
import { pageHistory } from './page-history.mjs'
import { pageFacts } from './read-page.mjs'
import { basePathProblem, pageAddress } from '../addresses/page-address.mjs'
import { basePathOf } from './site-trees.mjs'

/**
 * A page's `includes` are the files `<Include>` put in it; `editHref` and `updated` (git's ISO date
 * of the last commit of the page or its includes) are set only when the settings have an `editUrl`.
 * @typedef {{ depth: number, text: string, id: string }} Heading
 * @typedef {{ slug: string, file: string, href: string, title: string, description: string,
 *   headings: Heading[], anchors: string[], groups: string[][], tree: import('mdast').Root, includes: string[],
 *   editHref: string | null, updated: string | null }} Page
 *   anchors: the ids authors gave elements themselves (`<a id="x">`), link targets like headings
 * @typedef {{ dir: string, settings: ReturnType<typeof readSettings>, pages: Page[],
 *   languages: { key: string, label: string }[] }} Site
 */

/** The URL path of a page slug: `index` is the home page. */
export const pageHref = (slug, home) => pageAddress(slug, home)

/** The MDX parser with every remark plugin of the site: `run` gives a page's tree as the pages are built from. */
export function pageProcessor(settings) {
  const { remarkPlugins } = pluginFunctions(settings)
  const processor = unified().use(remarkParse).use(remarkMdx)
  for (const [plugin, options] of remarkPlugins) processor.use(plugin, options)
  return processor
}

/** Parses one page into its mdast with every plugin applied; `vfile.data` gets the plugins' notes. */
export async function parsePage(file, settings, vfile = new VFile({ path: file, value: fs.readFileSync(file, 'utf8') })) {
  const processor = pageProcessor(settings)
  return processor.run(processor.parse(vfile), vfile)
}

/** @returns {Promise<Page>} */
async function loadPage(dir, slug, settings, historyOf) {
  const file = path.join(dir, `${slug}.mdx`)
  const vfile = new VFile({ path: file, value: fs.readFileSync(file, 'utf8') })
  const tree = await parsePage(file, settings, vfile)
  const includes = [...new Set(/** @type {string[]} */ (vfile.data.includes ?? []))]
  return { ...pageFacts(tree, { slug, href: pageAddress(slug, settings.home, settings.paths.prefix), file, includes }), tree, ...historyOf(file, includes) }
}

/** In `npm run dev` the site is read again whenever a content file changed; a build reads it once. */
function version(dir) {
  if (process.env.PORTAL_DEV !== '1') return ''
  const stamps = []
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else stamps.push(`${entry.name}:${fs.statSync(full).mtimeMs}`)
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return stamps.join('|')
}

/** @type {Map<string, Promise<Site>>} */
const cache = new Map()

/**
 * Everything the site is built from, read once per process (once per change in `npm run dev`).
 * @returns {Promise<Site>}
 */
export function loadSite(dir = contentDir()) {
  const key = `${dir}\0${version(dir)}`
  if (!cache.has(key)) {
    if (process.env.PORTAL_DEV === '1') cache.clear()
    cache.set(key, (async () => {
      const settings = readSettings(dir)
      // One tree, under the site's base path when it has a valid one (the build reads every tree: read-site.mjs).
      const basePath = basePathProblem(basePathOf(settings)) ? '' : basePathOf(settings)
      settings.paths = { prefix: basePath, basePath, own: [] }
      const historyOf = pageHistory(dir, settings)
      const pages = await Promise.all(settings.pages.map((slug) => loadPage(dir, slug, settings, historyOf)))
      const languages = siteLanguages(settings, pages.flatMap((page) => page.groups))
      return { dir, settings, pages, languages }
    })())
  }
  return /** @type {Promise<Site>} */ (cache.get(key))
}
