/**
 * A page as Markdown, for /kittens.md, /llms-full.txt and the "Copy page" button: read from the
 * same mdast the HTML page renders from (lib/content/load-site.mjs), written out with GFM.
 */
import { toMarkdown } from 'mdast-util-to-markdown'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { readerTree } from './reader-tree.mjs'

/** The address of a page's Markdown: `/kittens.md`, `/index.md` for the home page. */
export const markdownHref = (slug) => `/${slug}.md`

/** An absolute URL on the site: `siteUrl` may carry a path (`https://example.com/docs`). */
export const siteAddress = (siteUrl, pathname) => `${siteUrl.replace(/\/+$/, '')}${pathname}`

const OPTIONS = { bullet: '-', fences: true, rule: '-', emphasis: '*', listItemIndent: 'one' }

/**
 * @param {{ href: string, tree: import('mdast').Root }} page
 * @param {{ siteUrl: string }} settings
 */
export function pageMarkdown(page, settings) {
  const { tree } = readerTree(page.tree, { base: siteAddress(settings.siteUrl, page.href) })
  return toMarkdown(tree, { ...OPTIONS, extensions: [gfmToMarkdown()] })
}
