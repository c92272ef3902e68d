/**
 * A spec's `description` (CommonMark, written by whoever wrote the spec: untrusted) as mdast the
 * page can hold. Plain Markdown passes as it is. Raw HTML is kept only for a short list of harmless
 * elements, with only harmless attributes, and turned into the Markdown it means (`<br>` a line
 * break, `<b>` bold, `<li>` a list item); any other tag (`<script>`, `<img onerror>`, `<REDACTED>`,
 * and `<table>`, whose stray text HTML would move away) is shown as the literal text it is. Links go to web addresses, to `mailto:`, or to a section of
 * the reference (Redoc's `#operation/x` and `#tag/x` too); other links keep their text, with a
 * warning. A picture from another site becomes a link to it (the site's pictures come from itself).
 *
 * Options: `headingDepth` (default 3): the depth the description's shallowest heading gets, so a
 * description never outranks the section it is in; `link(url)`: the address a link should have,
 * or undefined when it cannot be kept; `warn(message)`.
 */
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfm } from 'micromark-extension-gfm'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { toHast } from 'mdast-util-to-hast'
import { raw } from 'hast-util-raw'
import { toMdast } from 'hast-util-to-mdast'
import { visit, SKIP } from 'unist-util-visit'

// Elements that mean something in Markdown and can do no harm, with the attributes each may keep.
const SAFE = new Map(Object.entries({
  a: ['href', 'title'], abbr: [], b: [], blockquote: [], br: [], code: [], dd: [], del: [], details: [], div: [], dl: [], dt: [], em: [],
  h1: [], h2: [], h3: [], h4: [], h5: [], h6: [], hr: [], i: [], kbd: [], li: [], nobr: [], ol: [], p: [], pre: [], s: [], samp: [], small: [],
  span: [], strike: [], strong: [], sub: [], summary: [], sup: [], tt: [], u: [], ul: [], var: [],
}))
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|<!--[\s\S]*?-->/g
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const SAFE_URL = /^(https?:|mailto:|#|\/(?!\/))/i
const PLAIN = /^[^\\`*_[\]<>#!|~&\n:/{}$]*$/
const MICROMARK = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Keeps the safe tags (with their safe attributes) of a piece of HTML and writes every other tag as text. */
function tidyHtml(html) {
  let out = ''
  let last = 0
  for (const match of html.matchAll(TAG)) {
    out += html.slice(last, match.index)
    last = match.index + match[0].length
    if (match[0].startsWith('<!--')) continue
    const [, close, rawName, attributes, selfClose] = match
    const name = rawName.toLowerCase()
    if (!SAFE.has(name)) {
      out += escapeHtml(match[0])
      continue
    }
    const kept = []
    for (const [, key, a, b, c] of (attributes ?? '').matchAll(ATTRIBUTE)) {
      const value = a ?? b ?? c ?? ''
      if (!SAFE.get(name).includes(key.toLowerCase())) continue
      if (key.toLowerCase() === 'href' && !SAFE_URL.test(value.trim())) continue
      kept.push(` ${key.toLowerCase()}="${value.replace(/"/g, '&quot;')}"`)
    }
    out += close ? `</${name}>` : `<${name}${kept.join('')}${selfClose ? ' /' : ''}>`
  }
  return out + html.slice(last)
}

/** mdast with `html` nodes → the same Markdown without them, through the HTML they make. */
function throughHtml(tree) {
  visit(tree, 'html', (node) => {
    node.value = tidyHtml(node.value)
  })
  const hast = raw(/** @type {any} */ (toHast(tree, { allowDangerousHtml: true })))
  return /** @type {any} */ (toMdast(hast))
}

const textOf = (node) => {
  let text = ''
  visit(node, (n) => {
    if ('value' in n && typeof n.value === 'string') text += n.value
  })
  return text
}

/**
 * @param {string} text  CommonMark
 * @param {{ headingDepth?: number, link?: (url: string) => string | undefined, warn?: (message: string) => void }} [options]
 * @returns {any[]} mdast flow nodes
 */
export function descriptionBlocks(text, options = {}) {
  if (typeof text !== 'string' || !text.trim()) return []
  // Most descriptions are one plain sentence: no parser needed (a large spec has tens of thousands).
  if (PLAIN.test(text)) return [{ type: 'paragraph', children: [{ type: 'text', value: text.trim().replace(/\s+/g, ' ') }] }]
  const warn = options.warn ?? (() => {})
  const link = options.link ?? ((url) => (SAFE_URL.test(url) && !url.startsWith('#') && !url.startsWith('/') ? url : undefined))
  let tree = /** @type {any} */ (fromMarkdown(text, MICROMARK))
  let hasHtml = false
  visit(tree, 'html', () => {
    hasHtml = true
  })
  if (hasHtml) tree = throughHtml(tree)

  let shallowest = 7
  visit(tree, 'heading', (node) => {
    shallowest = Math.min(shallowest, node.depth)
  })
  const shift = Math.max(0, (options.headingDepth ?? 3) - shallowest)

  visit(tree, (node, index, parent) => {
    delete node.position
    if (node.type === 'heading') node.depth = Math.min(6, node.depth + shift)
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) {
      const target = SAFE_URL.test(node.url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(node.url.trim()) ? link(node.url.trim()) : undefined
      if (target !== undefined) {
        node.url = target
        return
      }
      warn(`link to \`${node.url}\` cannot be followed from the portal — kept its text; link to a web address or to an operation (#operation/ID)`)
      if (node.type === 'definition' || !parent || index === undefined) return
      parent.children.splice(index, 1, ...node.children)
      return [SKIP, index]
    }
    if (node.type === 'image' && parent && index !== undefined) {
      const url = String(node.url ?? '').trim()
      const alt = node.alt || url
      if (/^https?:/i.test(url)) parent.children.splice(index, 1, { type: 'link', url, children: [{ type: 'text', value: `Picture: ${alt}` }] })
      else {
        warn(`picture \`${url}\` is not on the web — shown as its description; give a full https:// address`)
        parent.children.splice(index, 1, { type: 'text', value: alt })
      }
      return [SKIP, index + 1]
    }
    if (node.type === 'html' && parent && index !== undefined) {
      parent.children.splice(index, 1, { type: 'text', value: node.value })
      return [SKIP, index + 1]
    }
  })
  return tree.children.filter((node) => node.type !== 'html' || textOf(node).trim())
}

/** The description as one line of plain text (for a page's first paragraph test, a summary). */
export function firstLine(text) {
  return String(text ?? '').split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim()
}
