/**
 * What the built portal shows, read from the exported HTML: headings (without their `#` link mark),
 * code lines, table cells, aside bodies, toc footers and every element id, per page URL.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { visit } from 'unist-util-visit'
import { normalize } from './source-inventory.mjs'

const classes = (node) => [node.properties?.className ?? []].flat().map(String)

/** @param {string} outDir  the export @param {string[]} hrefs  page URLs such as `/` and `/kittens/` */
export function builtInventory(outDir, hrefs) {
  const items = { headings: [], codeLines: [], cells: [], asides: [], footers: [] }
  /** @type {Map<string, Set<string>>} */
  const ids = new Map()
  for (const href of hrefs) {
    const file = path.join(outDir, href, 'index.html')
    const pageIds = new Set()
    ids.set(href, pageIds)
    if (!fs.existsSync(file)) continue
    const tree = fromHtml(fs.readFileSync(file, 'utf8'))
    visit(tree, 'element', (node, index, parent) => {
      if (classes(node).includes('heading-anchor') && parent) {
        parent.children.splice(index, 1)
        return index
      }
    })
    const inFooter = new Set()
    visit(tree, 'element', (node) => {
      if (node.properties?.id) pageIds.add(String(node.properties.id))
      const cls = classes(node)
      if (/^h[1-6]$/.test(node.tagName)) items.headings.push(normalize(toText(node)))
      if (node.tagName === 'pre') for (const line of toText(node, { whitespace: 'pre' }).split('\n')) if (line.trim()) items.codeLines.push(line.trimEnd())
      if (node.tagName === 'td' || node.tagName === 'th') items.cells.push(normalize(toText(node)))
      if (cls.includes('aside-body') || (node.tagName === 'aside' && cls.includes('aside-plain') && !node.children.some((c) => classes(c).includes('aside-body')))) items.asides.push(normalize(toText(node)))
      if (cls.includes('toc-footers') && href === '/') for (const li of node.children) if (li.type === 'element') inFooter.add(normalize(toText(li)))
    })
    items.footers.push(...inFooter)
  }
  return { items, ids }
}
