/**
 * A page as Markdown, for /kittens.md, /llms-full.txt and the "Copy page" button: read from the
 * same mdast the HTML page renders from (lib/content/load-site.mjs), written out with GFM.
 */
import { toMarkdown } from 'mdast-util-to-markdown'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { readerTree } from './reader-tree.mjs'
import { siteAddress } from './addresses.mjs'

const OPTIONS = { bullet: '-', fences: true, rule: '-', emphasis: '*', listItemIndent: 'one' }

/**
 * @param {{ href: string, tree: import('mdast').Root }} page
 * @param {{ siteUrl: string }} settings
 */
export function pageMarkdown(page, settings) {
  const { tree } = readerTree(page.tree, { base: siteAddress(settings.siteUrl, page.href), siteUrl: settings.siteUrl })
  return toMarkdown(tree, { ...OPTIONS, extensions: [gfmToMarkdown()] })
}
