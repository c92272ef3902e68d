/**
 * What raw HTML in a Slate page showed a reader, for the conformance inventory: the cells of
 * `<table>`s written in HTML, the text of `<h1>`–`<h6>` written in HTML, the ids authors gave
 * elements (`<a id>`, `<a name>`, `<h2 id>`), and the other text of HTML blocks, line by line. The page's text is read as HTML with its code
 * blocks left out (inline code kept as its text), so a sample that shows HTML is not taken for the page's own.
 */
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import { toText } from 'hast-util-to-text'
import { isHtmlTag } from './html-tags.mjs'

const textOf = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join(''))

/**
 * @param {string} text  one source segment
 * @param {import('mdast').Root} tree  its Markdown tree (for where the code blocks are)
 * @returns {{ cells: string[], headings: string[], ids: string[] }}
 */
export function rawHtmlItems(text, tree) {
  const found = { cells: [], headings: [], ids: [] }
  if (!/<(t[dh]|h[1-6]|a)\b|\b(id|name)\s*=/i.test(text)) return found
  let html = ''
  let at = 0
  visit(tree, (node) => {
    if (node.type !== 'code' && node.type !== 'inlineCode') return
    html += text.slice(at, node.position.start.offset)
    // Inline code in an HTML cell showed its text; a code block's HTML is a sample, not the page.
    if (node.type === 'inlineCode') html += node.value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    at = node.position.end.offset
    return 'skip'
  })
  html += text.slice(at)
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    if (node.tagName === 'td' || node.tagName === 'th') found.cells.push(textOf(node))
    if (/^h[1-6]$/.test(node.tagName)) found.headings.push(textOf(node))
    const id = node.properties?.id ?? (node.tagName === 'a' ? node.properties?.name : undefined)
    if (id) found.ids.push(String(id))
  })
  return found
}

// Counted elsewhere (cells, headings, asides), or not text for a reader.
const COUNTED = /^(table|h[1-6]|aside|pre|script|style|template|title|head)$/

/**
 * The lines of text one raw HTML block showed, as a browser laid it out (references decoded, block
 * elements on lines of their own), without what is counted as another kind of item. A Markdown
 * picture in it showed no words.
 * @param {string} html
 */
export function htmlBlockLines(html) {
  const tree = fromHtml(html, { fragment: true })
  visit(tree, 'element', (node, index, parent) => {
    if (!parent) return undefined
    if (COUNTED.test(node.tagName)) parent.children.splice(index, 1)
    // `ApiResponse<T>`: the browser took `<T>` for an element and hid it; the portal shows it. The
    // text on either side is still a line the reader saw.
    else if (!isHtmlTag(node.tagName)) parent.children.splice(index, 1, { type: 'element', tagName: 'br', properties: {}, children: [] }, ...node.children)
    else return undefined
    return index
  })
  return toText(tree).split('\n').map((line) => line.replace(/!\[[^\]]*\]\([^)]*\)/g, '').trim()).filter(Boolean)
}
