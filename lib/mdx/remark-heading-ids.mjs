/**
 * Gives every heading a stable id, as Slate did (see slate-slug.mjs), counted per page.
 *
 * A heading may name its own id with an MDX comment at its end, as Docusaurus reads it:
 * `## Find a pet {/* #getpetbyid *\/}` gets `getpetbyid`, so a link survives a change of the
 * heading's words (the API reference gives each operation its operationId this way). Those ids
 * are taken first; a heading whose text makes the same slug gets `-2`.
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

const OWN_ID = /^\s*\/\*\s*#([^\s*]+)\s*\*\/\s*$/

/** The id a heading names in a trailing `{/* #id *\/}` comment (removed from the heading), or undefined. */
function ownId(heading) {
  const last = heading.children.at(-1)
  const match = last?.type === 'mdxTextExpression' ? OWN_ID.exec(last.value) : null
  if (!match) return undefined
  heading.children.pop()
  const before = heading.children.at(-1)
  if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '')
  return match[1]
}

export default function remarkHeadingIds(options = {}) {
  const prefix = options.prefix ?? ''
  return (tree) => {
    const slugger = createSlugger()
    const own = new Map()
    visit(tree, 'heading', (node) => {
      const id = ownId(node)
      if (id === undefined) return
      own.set(node, id)
      slugger.reserve(id)
    })
    visit(tree, 'heading', (node) => {
      const id = prefix + (own.get(node) ?? slugger.slug(toString(node)))
      node.data ??= {}
      node.data.id = id
      node.data.hProperties = { ...node.data.hProperties, id }
    })
  }
}
