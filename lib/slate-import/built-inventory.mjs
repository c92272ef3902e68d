/**
 * What the portal shows, read from a page's HTML tree: headings (without their `#` link mark),
 * prose paragraphs, list items, code lines, table cells, aside bodies, toc footers and every
 * element id. The tree is either the exported HTML (a full build) or the tree the MDX compiler
 * makes before it writes JavaScript (the cheaper check), where components are still JSX nodes.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import { normalize } from './source-inventory.mjs'

const isJsx = (node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
const tagOf = (node) => (node.type === 'element' ? node.tagName : isJsx(node) ? node.name : undefined)
const attr = (node, name) => (isJsx(node) ? node.attributes?.find((a) => a.name === name)?.value : undefined)
const classes = (node) => [node.properties?.className ?? attr(node, 'className') ?? []].flat().flatMap((c) => String(c).split(/\s+/))
const idOf = (node) => node.properties?.id ?? attr(node, 'id')

const CHROME = new Set(['heading-anchor', 'copy-button', 'sample-tabs', 'sample-label'])

/** Text of a subtree; `pre` keeps its line breaks, block elements are kept apart. */
function textOf(node, skip = () => false) {
  if (node.type === 'text') return node.value
  // A heading's `#` link mark, a code block's copy button, a sample's tabs and label are the portal's, not the author's text.
  if (skip(node) || classes(node).some((c) => CHROME.has(c))) return ''
  const inner = (node.children ?? []).map((c) => textOf(c, skip)).join('')
  return /^(p|li|div|tr|td|th|br|h[1-6]|pre|ul|ol|table|aside|blockquote)$/i.test(tagOf(node) ?? '') ? ` ${inner} ` : inner
}

/** `pageText`: each page's whole text, where a paragraph the portal split or joined is still found. */
export const emptyItems = () => ({ headings: [], prose: [], listItems: [], codeLines: [], cells: [], asides: [], footers: [], pageText: [] })

/**
 * Adds one page's items to `items` and returns the page's ids, each with the text of the heading
 * that carries it ('' for another element).
 * @returns {Map<string, string>}
 */
export function collectPage(tree, items, { footers = false } = {}) {
  const ids = new Map()
  items.pageText.push(normalize(textOf(tree)))
  visit(tree, (node) => {
    const tag = tagOf(node)
    if (!tag) return
    if (idOf(node) && !ids.has(String(idOf(node)))) ids.set(String(idOf(node)), /^h[1-6]$/.test(tag) ? normalize(textOf(node)) : '')
    const cls = classes(node)
    if (/^h[1-6]$/.test(tag)) items.headings.push(normalize(textOf(node)))
    if (tag === 'p') items.prose.push(normalize(textOf(node)))
    if (tag === 'li') items.listItems.push(normalize(textOf(node, (n) => /^(ul|ol|pre)$/.test(tagOf(n) ?? ''))))
    if (tag === 'pre') for (const line of (node.children ?? []).map((c) => textOf(c)).join('').split('\n')) if (line.trim()) items.codeLines.push(line.trimEnd())
    if (tag === 'td' || tag === 'th') items.cells.push(normalize(textOf(node)))
    const plain = tag === 'aside' && !(node.children ?? []).some((c) => classes(c).includes('aside-body'))
    if (tag === 'Aside' || cls.includes('aside-body') || plain) items.asides.push(normalize(textOf(node)))
    if (footers && cls.includes('toc-footers')) for (const li of node.children) if (li.type === 'element') items.footers.push(normalize(textOf(li)))
  })
  return ids
}

/** @param {string} outDir  the export @param {string[]} hrefs  page URLs such as `/` and `/kittens/` */
export function builtInventory(outDir, hrefs) {
  const items = emptyItems()
  /** @type {Map<string, Map<string, string>>} */
  const ids = new Map()
  for (const href of hrefs) {
    const file = path.join(outDir, href, 'index.html')
    if (!fs.existsSync(file)) {
      ids.set(href, new Map())
      continue
    }
    ids.set(href, collectPage(fromHtml(fs.readFileSync(file, 'utf8')), items, { footers: href === '/' }))
  }
  return { items, ids }
}
