/**
 * What a reader of the Slate site could see, listed from the source: every heading, prose line,
 * list item, code line, table cell (Markdown and raw HTML), aside, toc footer and line of text in
 * a raw HTML block, and every anchor
 * Slate gave (headings' and the authors' own ids). The conformance check looks for each of these
 * in the portal.
 */
import { visit } from 'unist-util-visit'
import { pageSegments } from './page-segments.mjs'
import { fixLines } from './line-fixes.mjs'
import { parseSlateMarkdown } from './markdown-parser.mjs'
import { footerToMarkdown } from './settings.mjs'
import { redcarpetHtml, slateIds } from './slate-heading-ids.mjs'
import { findSourceRoot, sourceName } from './source-names.mjs'
import { htmlBlockLines, rawHtmlItems } from './raw-html-items.mjs'
import { isHtmlTag } from './html-tags.mjs'
import { decodeLegacyReferences } from './html-text.mjs'

/** Text as compared on both sides: entities decoded, Markdown marks and spacing ignored. */
export function normalize(text) {
  return text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const stripTags = (html) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?[A-Za-z][^>]*>/g, '')

/**
 * The text a node showed: tags are not text, but a `<placeholder>` that is no HTML tag is (the
 * importer shows it as written), pictures show no words, and a `<style>` or `<script>` shows nothing.
 */
function text(node) {
  let hidden = 0
  const walk = (n) => {
    if (n.type === 'html') {
      const tag = /^<(\/?)([A-Za-z][\w-]*)/.exec(n.value)
      if (tag && /^(style|script)$/i.test(tag[2])) hidden += tag[1] ? -1 : /<\/(style|script)>\s*$/i.test(n.value) ? 0 : 1
      return n.value.startsWith('<!--') || (tag && isHtmlTag(tag[2])) || tag?.[2].match(/^(style|script)$/i) ? '' : n.value
    }
    if (hidden > 0) return ''
    if (n.type === 'image' || n.type === 'imageReference') return ''
    if ('value' in n && !n.children) return n.value
    return (n.children ?? []).map(walk).join('')
  }
  return walk(node)
}

/**
 * @param {string[]} sources
 * @param {{ sourceRoot?: string, locale?: import('./includes.mjs').RenderLocale, served?: string[], home?: number }} [options]
 *   sourceRoot: as for importSlate; locale: the locale the pages are rendered in (a localized site's,
 *   see locale-pages.mjs); served: each page's old URL (default: where Middleman served the file);
 *   home: the page whose anchors are keyed `#id` (-1: none, as for a locale's pages, `kr/index.html#id`)
 * @returns {{ items: Record<string, string[]>, prose: { text: string, lines: number }[], anchors: string[], anchorHeadings: Record<string, string> }}
 *   prose: each paragraph with its number of source lines (a paragraph is found whole or line by line);
 *   anchorHeadings: a heading anchor's heading text, which that old link must land on
 */
export function sourceInventory(sources, { sourceRoot = findSourceRoot(sources), locale, served, home = 0 } = {}) {
  const items = { headings: [], prose: [], listItems: [], codeLines: [], cells: [], asides: [], footers: [], htmlText: [] }
  const paragraphs = []
  const anchors = []
  /** @type {Record<string, string>} */
  const anchorHeadings = {}
  sources.forEach((file, index) => {
    const warn = () => {}
    const { data, segments } = pageSegments(file, warn, { sourceRoot, locale })
    const headings = []
    const ids = []
    for (const segment of segments) {
      const source = fixLines(segment.text, warn)
      const tree = parseSlateMarkdown(source)
      const raw = rawHtmlItems(source, tree)
      items.cells.push(...raw.cells.map(normalize))
      items.headings.push(...raw.headings.map(normalize))
      ids.push(...raw.ids)
      visit(tree, (node, _, parent) => {
        if (node.type === 'heading') {
          headings.push({ html: redcarpetHtml(node.children).trim(), render: segment.render, text: normalize(text(node)) })
          items.headings.push(normalize(text(node)))
        }
        if (node.type === 'paragraph' && parent?.type !== 'listItem') {
          const lines = source.slice(node.position.start.offset, node.position.end.offset).split('\n').length
          const value = normalize(text(node))
          if (value) paragraphs.push({ text: value, lines })
        }
        if (node.type === 'listItem') {
          const own = node.children.filter((c) => c.type === 'paragraph').map(text).join(' ')
          if (normalize(own)) items.listItems.push(normalize(own))
        }
        if (node.type === 'code') for (const line of node.value.split('\n')) if (line.trim()) items.codeLines.push(line.trimEnd())
        if (node.type === 'table') {
          const columns = node.children[0]?.children.length ?? 0
          for (const row of node.children) {
            const cells = row.children.map(text)
            // Cells past the header's count were a `|` in the text: the importer keeps them in the last cell.
            if (cells.length > columns && columns > 0) cells.splice(columns - 1, Infinity, cells.slice(columns - 1).join('|'))
            items.cells.push(...cells.map(normalize))
          }
        }
        if (node.type === 'html' && parent?.type === 'root') items.htmlText.push(...htmlBlockLines(node.value).map(normalize))
        if (node.type === 'html' && /<aside\b/i.test(node.value)) {
          for (const m of source.slice(node.position.start.offset).matchAll(/<aside\b[^>]*>([\s\S]*?)<\/aside>/gi)) {
            // A fence written in the aside is a code block in the portal: its code counts, its ``` line is no words.
            items.asides.push(normalize(decodeLegacyReferences(stripTags(m[1].replace(/^[ \t]*(`{3,}|~{3,}).*$/gm, '')))))
            break
          }
        }
      })
    }
    for (const entry of Array.isArray(data.toc_footers) ? data.toc_footers : []) items.footers.push(normalize(stripTags(footerToMarkdown(entry).markdown)))
    const prefix = index === home ? '' : (served?.[index] ?? sourceName(file, sourceRoot).served)
    // A heading's old anchor must land on that heading: the first one Slate gave the id, as a browser found it.
    for (const heading of slateIds(headings)) anchorHeadings[`${prefix}#${heading.id}`] ??= heading.text
    for (const id of [...slateIds(headings).map((h) => h.id), ...ids]) anchors.push(`${prefix}#${id}`)
  })
  items.prose = paragraphs.map((p) => p.text)
  items.cells = items.cells.filter(Boolean)
  items.headings = items.headings.filter(Boolean)
  // Each source page repeats the site's footers; the portal has one sidebar.
  items.footers = [...new Set(items.footers)].filter(Boolean)
  items.asides = items.asides.filter(Boolean)
  items.htmlText = items.htmlText.filter(Boolean)
  return { items, prose: paragraphs, anchors: [...new Set(anchors)], anchorHeadings }
}
