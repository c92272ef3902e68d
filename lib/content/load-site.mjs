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
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { contentDir, readSettings } from './site-settings.mjs'
import { pluginFunctions } from '../mdx/plugins.mjs'
import { siteLanguages } from '../languages/site-languages.mjs'
import { explicitId } from './explicit-id.mjs'

/**
 * @typedef {{ depth: number, text: string, id: string }} Heading
 * @typedef {{ slug: string, file: string, href: string, title: string, description: string,
 *   headings: Heading[], anchors: string[], groups: string[][], tree: import('mdast').Root }} Page
 *   anchors: the ids authors gave elements themselves (`<a id="x">`), link targets like headings
 * @typedef {{ dir: string, settings: ReturnType<typeof readSettings>, pages: Page[],
 *   languages: { key: string, label: string }[] }} Site
 */

/** The URL path of a page slug: `index` is the home page. */
export const pageHref = (slug) => (slug === 'index' ? '/' : `/${slug}/`)

function describe(tree) {
  let text = ''
  visit(tree, 'paragraph', (node) => {
    if (text) return false
    text = toString(node).replace(/\s+/g, ' ').trim()
  })
  return text.length > 160 ? `${text.slice(0, 157).replace(/\s+\S*$/, '')}…` : text
}

/** Parses one page into its mdast with every plugin applied. */
export async function parsePage(file, settings) {
  const { remarkPlugins } = pluginFunctions(settings)
  const processor = unified().use(remarkParse).use(remarkMdx)
  for (const [plugin, options] of remarkPlugins) processor.use(plugin, options)
  const vfile = new VFile({ path: file, value: fs.readFileSync(file, 'utf8') })
  return processor.run(processor.parse(vfile), vfile)
}

/** @returns {Promise<Page>} */
async function loadPage(dir, slug, settings) {
  const file = path.join(dir, `${slug}.mdx`)
  const tree = await parsePage(file, settings)
  const headings = []
  const groups = []
  const anchors = []
  visit(tree, (node) => {
    if (node.type === 'heading') headings.push({ depth: node.depth, text: toString(node), id: node.data.id })
    if (explicitId(node)) anchors.push(explicitId(node))
    if (node.type === 'mdxJsxFlowElement' && node.name === 'SampleGroup') {
      groups.push(node.attributes.find((a) => a.name === 'languages').value.split(' '))
    }
  })
  const title = headings.find((h) => h.depth === 1)?.text ?? headings[0]?.text ?? slug
  return { slug, file, href: pageHref(slug), title, description: describe(tree), headings, anchors, groups, tree }
}

/** @type {Map<string, Promise<Site>>} */
const cache = new Map()

/**
 * Everything the site is built from, read once per process.
 * @returns {Promise<Site>}
 */
export function loadSite(dir = contentDir()) {
  if (!cache.has(dir)) {
    cache.set(dir, (async () => {
      const settings = readSettings(dir)
      const pages = await Promise.all(settings.pages.map((slug) => loadPage(dir, slug, settings)))
      const languages = siteLanguages(settings, pages.flatMap((page) => page.groups))
      return { dir, settings, pages, languages }
    })())
  }
  return /** @type {Promise<Site>} */ (cache.get(dir))
}
