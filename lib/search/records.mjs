/**
 * The search records: one per h1/h2/h3 section and one per terminal-table row, read from the same
 * mdast the pages render from (after every plugin ran), so each anchor is the id the page has.
 * lib/search/engine.mjs indexes them; the client shows their heading path and a snippet.
 */
import { toString } from 'mdast-util-to-string'

/**
 * @typedef {{ href: string, anchor: string, path: string[], text: string, code: string, trail?: string }} SearchRecord
 *   `path` ends with the record's own heading (or terminal name); `text` is the prose a reader sees,
 *   `code` the code samples, kept apart so they can rank lower; `trail` the sidebar groups that hold
 *   the page (`Guides › Wiring`), when there are any.
 */

// Text a component adds that says nothing about the section: placeholders for unwritten sections.
const SKIP = new Set(['Pending'])
// Inline nodes flow into the sentence around them; every other node ends with a space.
const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement'])
// Words a component shows from its attributes (the API reference's field names and methods), found like its text.
export const SHOWN_ATTRIBUTES = { Field: ['name'], Endpoint: ['method', 'operation'], ApiSection: ['heading'] }
const clean = (parts) => parts.join('').replace(/\s+/g, ' ').trim()

/**
 * @param {{ href: string, title: string, tree: import('mdast').Root, trail?: string }} page
 * @returns {SearchRecord[]}
 */
export function pageRecords(page) {
  /** @type {(SearchRecord & { parts: string[], codes: string[] })[]} */
  const sections = []
  /** @type {SearchRecord[][]} rows found in each section, listed right after it */
  const rows = []
  const trail = []
  let current

  const start = (heading) => {
    trail.length = heading.depth - 1
    trail[heading.depth - 1] = toString(heading)
    const path = trail.filter(Boolean)
    if (heading.depth > 1 && !trail[0]) path.unshift(page.title)
    current = { href: page.href, anchor: heading.data.id, path, text: '', code: '', parts: [], codes: [] }
    sections.push(current)
    rows.push([])
  }

  // Text before the first heading belongs to a record anchored at the page itself.
  const ensure = () => {
    if (current) return current
    current = { href: page.href, anchor: '', path: [page.title], text: '', code: '', parts: [], codes: [] }
    sections.push(current)
    rows.push([])
    return current
  }

  const walk = (node) => {
    if (node.type === 'heading' && node.depth <= 3) return start(node)
    if (node.type === 'code') return ensure().codes.push(node.value)
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && SKIP.has(node.name)) return
    if (node.type === 'image' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return
    // The portal's own badge, not the author's words; each terminal's record says it instead.
    if (node.type === 'mainsLabel') return
    if (node.type === 'mdxJsxFlowElement' && node.name === 'TerminalTable') {
      const section = ensure()
      for (const { name, id, text, mains } of node.data?.terminals ?? []) {
        const description = text.startsWith(name) ? text.slice(name.length).trim() : text
        rows.at(-1).push({ href: page.href, anchor: id, path: [...section.path, name], text: clean([description, mains ? ' Mains voltage' : '']), code: '' })
      }
    }
    for (const name of SHOWN_ATTRIBUTES[node.name] ?? []) {
      const value = node.attributes?.find((a) => a.name === name)?.value
      if (typeof value === 'string') ensure().parts.push(` ${value} `)
    }
    if ('value' in node && typeof node.value === 'string') return ensure().parts.push(node.value)
    // Block boundaries become spaces so words in adjacent cells or labels never run together.
    const block = current && !INLINE.has(node.type)
    if (block) current.parts.push(' ')
    for (const child of node.children ?? []) walk(child)
    if (block) current.parts.push(' ')
  }
  walk(page.tree)

  const inGroups = page.trail ? { trail: page.trail } : {}
  return sections.flatMap(({ parts, codes, ...record }, i) => [
    { ...record, text: clean(parts), code: codes.join('\n').trim(), ...inGroups },
    ...rows[i].map((row) => ({ ...row, ...inGroups })),
  ])
}

/** Every record of the site, pages in sidebar order, sections in document order. */
export function siteRecords(site) {
  return site.pages.flatMap(pageRecords)
}
