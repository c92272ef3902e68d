/**
 * What a reader of the Slate site could see, listed from the source: every heading, code line,
 * table cell, aside and toc footer, and every heading anchor Slate gave. The conformance check
 * looks for each of these in the built portal.
 */
import path from 'node:path'
import { visit } from 'unist-util-visit'
import { toString } from 'mdast-util-to-string'
import { readSource } from './source-text.mjs'
import { includeNames, splitFrontMatter } from './front-matter.mjs'
import { expandPartials, includeSegments } from './includes.mjs'
import { fixLines } from './line-fixes.mjs'
import { parseSlateMarkdown } from './markdown-parser.mjs'
import { footerToMarkdown } from './settings.mjs'
import { slateIds } from './anchors.mjs'
import { servedName } from './import-site.mjs'

/** Text as compared on both sides: entities decoded, Markdown marks and spacing ignored. */
export function normalize(text) {
  return text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const stripTags = (html) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '')

/** @param {string[]} sources */
export function sourceInventory(sources) {
  const items = { headings: [], codeLines: [], cells: [], asides: [], footers: [] }
  const anchors = []
  sources.forEach((file, index) => {
    const warn = () => {}
    const { data, segments } = pageSegments(file, warn)
    const headings = []
    for (const segment of segments) {
      const text = fixLines(segment.text, warn)
      visit(parseSlateMarkdown(text), (node) => {
        if (node.type === 'heading') {
          headings.push({ text: toString(node, { includeHtml: false }).trim() })
          items.headings.push(normalize(toString(node, { includeHtml: false })))
        }
        if (node.type === 'code') for (const line of node.value.split('\n')) if (line.trim()) items.codeLines.push(line.trimEnd())
        if (node.type === 'table') {
          const columns = node.children[0]?.children.length ?? 0
          for (const row of node.children) {
            const cells = row.children.map((cell) => toString(cell, { includeHtml: false }))
            // Cells past the header's count were a `|` in the text: the importer keeps them in the last cell.
            if (cells.length > columns && columns > 0) cells.splice(columns - 1, Infinity, cells.slice(columns - 1).join('|'))
            items.cells.push(...cells.map(normalize))
          }
        }
        if (node.type === 'html' && /<aside\b/i.test(node.value)) {
          for (const m of text.slice(node.position.start.offset).matchAll(/<aside\b[^>]*>([\s\S]*?)<\/aside>/gi)) {
            items.asides.push(normalize(stripTags(m[1])))
            break
          }
        }
      })
    }
    for (const entry of Array.isArray(data.toc_footers) ? data.toc_footers : []) items.footers.push(normalize(stripTags(footerToMarkdown(entry).markdown)))
    const prefix = index === 0 ? '' : servedName(file)
    for (const { id } of slateIds(headings)) anchors.push(`${prefix}#${id}`)
  })
  items.cells = items.cells.filter(Boolean)
  // Each source page repeats the site's footers; the portal has one sidebar.
  items.footers = [...new Set(items.footers)]
  items.asides = items.asides.filter(Boolean)
  return { items, anchors }
}
