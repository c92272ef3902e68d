/**
 * Gives every heading a stable id, as Slate did (see slate-slug.mjs), counted per page.
 *
 * Options (all optional):
 * - `prefix` (default ''): put before every id, for pages that share a DOM with another.
 *
 * The id goes to `node.data.hProperties.id` (what the HTML gets) and `node.data.id`
 * (what the content loader and the search index read), so every consumer sees one value.
 */
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { createSlugger } from './slate-slug.mjs'

export default function remarkHeadingIds(options = {}) {
  const prefix = options.prefix ?? ''
  return (tree) => {
    const slugger = createSlugger()
    visit(tree, 'heading', (node) => {
      const id = prefix + slugger.slug(toString(node))
      node.data ??= {}
      node.data.id = id
      node.data.hProperties = { ...node.data.hProperties, id }
    })
  }
}
