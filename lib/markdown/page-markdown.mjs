/**
 * A page as Markdown, for /kittens.md, /llms-full.txt and the "Copy page" button: read from the
 * same mdast the HTML page renders from (lib/content/load-site.mjs), written out with GFM.
 */
import { toMarkdown } from 'mdast-util-to-markdown'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { readerTree } from './reader-tree.mjs'
import { absoluteUrl, servedPath } from '../addresses/page-address.mjs'

const OPTIONS = { bullet: '-', fences: true, rule: '-', emphasis: '*', listItemIndent: 'one' }

/**
 * @param {{ href: string, tree: import('mdast').Root }} page
 * @param {{ siteUrl: string, paths?: { prefix: string, basePath: string, own: string[] } }} settings
 *   paths: where the page's tree is served (page-address.mjs), so its links and pictures resolve there
 */
export function pageMarkdown(page, settings) {
  const root = (pathname) => absoluteUrl(settings.siteUrl, servedPath(pathname, settings.paths))
  const { tree } = readerTree(page.tree, { base: absoluteUrl(settings.siteUrl, page.href), root })
  return toMarkdown(tree, { ...OPTIONS, extensions: [gfmToMarkdown()] })
}
