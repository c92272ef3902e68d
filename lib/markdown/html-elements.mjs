/**
 * How HTML written in a page (Slate's raw HTML, which the importer turns into JSX such as
 * `<code>`, `<br/>`, `<a href>`) reads in Markdown. An element missing here has no Markdown
 * rendering: the content check reports it, so /page.md never silently drops what the page shows.
 *
 * Each rendering is `(node, render) => mdast nodes`, as in components.mjs.
 */
import { toString } from 'mdast-util-to-string'
import { asFlow, asPhrasing } from './mdast-shapes.mjs'

const attr = (node, name) => {
  const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value
  return typeof value === 'string' ? value : undefined
}
const isFlow = (node) => node.type === 'mdxJsxFlowElement'
const wrap = (type, extra = {}) => (node, render) => [{ type, ...extra, children: asPhrasing(render(node.children)) }]
const inner = (node, render) => (isFlow(node) ? asFlow(render(node.children)) : asPhrasing(render(node.children)))
const code = (node) => [{ type: 'inlineCode', value: toString(node) }]
const block = (node, render) => asFlow(render(node.children))

function descendants(node, names) {
  const found = []
  for (const child of node.children ?? []) {
    if (names.includes(child.name)) found.push(child)
    else found.push(...descendants(child, names))
  }
  return found
}

/** An HTML table as a GFM table: its caption above it, its rows and cells, each cell's content as text-level Markdown. */
function table(node, render) {
  const caption = descendants(node, ['caption']).map((c) => ({ type: 'paragraph', children: asPhrasing(render(c.children)) }))
  const rows = descendants(node, ['tr']).map((row) => ({
    type: 'tableRow',
    children: descendants(row, ['td', 'th']).map((cell) => ({ type: 'tableCell', children: asPhrasing(render(cell.children)) })),
  }))
  return [...caption, ...(rows.length ? [{ type: 'table', align: [], children: rows }] : [])]
}

/** Embedded content (a frame, a video) as a link to what it shows, then its fallback text. */
const embedded = (attribute) => (node, render) => {
  const url = attr(node, attribute) ?? descendants(node, ['source']).map((s) => attr(s, 'src')).find(Boolean)
  const label = attr(node, 'title') ?? attr(node, 'alt') ?? `${node.name}: ${url}`
  const fallback = inner(node, render)
  return url ? [{ type: 'link', url, children: [{ type: 'text', value: label }] }, ...(fallback.length ? [{ type: 'text', value: ' ' }, ...asPhrasing(fallback)] : [])] : fallback
}
const nothing = () => []

const listItem = (node, render) => [{ type: 'listItem', spread: false, children: asFlow(render(node.children)) }]
// Its items wherever MDX put them (`<li>` written on one line sits in a paragraph).
const list = (ordered) => (node, render) => [{ type: 'list', ordered, spread: false, children: descendants(node, ['li']).flatMap((li) => listItem(li, render)) }]
const options = (node, render) => descendants(node, ['option']).flatMap((option, i) => [...(i ? [{ type: 'text', value: ' / ' }] : []), ...asPhrasing(render(option.children))])

/**
 * Every HTML element a page may hold, by name. Elements that show nothing to a reader by
 * themselves (`<source>`, `<col>`, `<track>`) render as nothing; the document's own elements
 * (`<html>`, `<head>`, `<title>`, `<meta>`, `<link>`, `<base>`) and code (`<script>`, `<style>`,
 * `<template>`) have no place in a page and no rendering.
 */
export const HTML_MARKDOWN = {
  a: (node, render) => (attr(node, 'href') ? [{ type: 'link', url: attr(node, 'href'), children: asPhrasing(render(node.children)) }] : inner(node, render)),
  img: (node) => [{ type: 'image', url: attr(node, 'src') ?? '', alt: attr(node, 'alt') ?? '', title: attr(node, 'title') ?? null }],
  br: (node) => (isFlow(node) ? [] : [{ type: 'break' }]),
  wbr: () => [],
  hr: () => [{ type: 'thematicBreak' }],
  code, kbd: code, samp: code, tt: code,
  ...Object.fromEntries(['pre', 'listing', 'xmp', 'plaintext', 'textarea'].map((name) => [name, (node) => [{ type: 'code', lang: null, value: toString(node).replace(/\n$/, '') }]])),
  strong: wrap('strong'), b: wrap('strong'),
  em: wrap('emphasis'), i: wrap('emphasis'), cite: wrap('emphasis'), dfn: wrap('emphasis'), var: wrap('emphasis'),
  del: wrap('delete'), s: wrap('delete'), strike: wrap('delete'),
  ...Object.fromEntries(['span', 'font', 'small', 'big', 'u', 'ins', 'mark', 'abbr', 'acronym', 'bdi', 'bdo', 'time', 'data', 'label', 'nobr', 'q', 'sup', 'sub', 'caption', 'figcaption', 'legend', 'summary',
    'button', 'output', 'meter', 'progress', 'option', 'optgroup', 'ruby', 'rt', 'rp', 'marquee', 'blink', 'slot', 'math', 'svg', 'canvas', 'map', 'picture']
    .map((name) => [name, inner])),
  ...Object.fromEntries(['div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'center', 'figure', 'fieldset', 'form', 'details', 'address', 'noscript', 'dl', 'aside', 'hgroup', 'search', 'dialog']
    .map((name) => [name, block])),
  // Outside a <table> (which reads them itself), its parts are their content.
  ...Object.fromEntries(['thead', 'tbody', 'tfoot', 'tr'].map((name) => [name, block])),
  td: inner, th: inner,
  iframe: embedded('src'), embed: embedded('src'), object: embedded('data'), video: embedded('src'), audio: embedded('src'),
  area: (node) => (attr(node, 'href') ? [{ type: 'link', url: attr(node, 'href'), children: [{ type: 'text', value: attr(node, 'alt') ?? attr(node, 'href') }] }] : []),
  select: options, datalist: options,
  input: (node) => (attr(node, 'value') ? [{ type: 'text', value: attr(node, 'value') }] : []),
  source: nothing, track: nothing, param: nothing, col: nothing, colgroup: nothing, path: nothing,
  p: (node, render) => [{ type: 'paragraph', children: asPhrasing(render(node.children)) }],
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((depth) => [`h${depth}`, (node, render) => [{ type: 'heading', depth, children: asPhrasing(render(node.children)) }]])),
  blockquote: (node, render) => [{ type: 'blockquote', children: asFlow(render(node.children)) }],
  ul: list(false), ol: list(true), menu: list(false), dir: list(false), li: listItem,
  dt: (node, render) => [{ type: 'paragraph', children: [{ type: 'strong', children: asPhrasing(render(node.children)) }] }],
  dd: block,
  table,
}
