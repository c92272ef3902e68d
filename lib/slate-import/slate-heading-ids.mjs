/**
 * The ids Slate gave headings, so old links can be sent where they went. Slate's renderer
 * (`lib/unique_head.rb`) is handed each heading as Redcarpet's HTML, drops its tags, runs Rails'
 * `parameterize` over it and, when nothing is left (a Chinese or Korean heading), takes the first
 * ten hex digits of the SHA-1 of that HTML. A repeated id gets `-2`, `-3`, … counted by one
 * renderer: Middleman renders the page and every include or partial with a renderer of its own,
 * so the count restarts in each file, and an id two files both produced is simply on the page twice
 * (slatedocs/slate#793); the browser, and so a link, goes to the first.
 */
import { createHash } from 'node:crypto'

/** Redcarpet's escaping of text (`escape_html`, not in secure mode): `Bob's` is `Bob&#39;s`. */
export const redcarpetEscape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/** A heading's content as Redcarpet wrote it (mdast phrasing in, HTML out). SmartyPants ran later, on the whole page. */
export function redcarpetHtml(nodes) {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text': return redcarpetEscape(node.value)
      case 'inlineCode': return `<code>${redcarpetEscape(node.value)}</code>`
      case 'html': return node.value
      case 'break': return '<br>'
      case 'image': return `<img src="${node.url}" alt="${redcarpetEscape(node.alt ?? '')}">`
      case 'emphasis': return `<em>${redcarpetHtml(node.children)}</em>`
      case 'strong': return `<strong>${redcarpetHtml(node.children)}</strong>`
      case 'delete': return `<del>${redcarpetHtml(node.children)}</del>`
      case 'link': return `<a href="${node.url}">${redcarpetHtml(node.children)}</a>`
      default: return node.children ? redcarpetHtml(node.children) : redcarpetEscape(node.value ?? '')
    }
  }).join('')
}

// Letters of Latin-1 and Latin Extended-A that I18n's default transliteration spells out;
// the others there lose their accent, and every other non-ASCII character becomes `?`.
const SPELLED = { Æ: 'AE', æ: 'ae', Ð: 'D', ð: 'd', Ø: 'O', ø: 'o', Þ: 'Th', þ: 'th', ß: 'ss', '×': 'x', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ĳ: 'IJ', ĳ: 'ij', ĸ: 'k', Ŀ: 'L', ŀ: 'l', Ł: 'L', ł: 'l', ŉ: "'n", Ŋ: 'NG', ŋ: 'ng', Œ: 'OE', œ: 'oe', Ŧ: 'T', ŧ: 't' }

/** `I18n.transliterate`, as Rails' `parameterize` calls it. */
export function transliterate(text) {
  return text.normalize('NFC').replace(/[^\x00-\x7f]/gu, (char) => {
    if (SPELLED[char]) return SPELLED[char]
    const code = char.codePointAt(0)
    const base = char.normalize('NFD')[0]
    return code >= 0xc0 && code <= 0x17e && base < '\x80' ? base : '?'
  })
}

/** Rails' `parameterize`: transliterated, runs of other characters one `-`, trimmed, lower case. */
export const parameterize = (text) =>
  transliterate(text).replace(/[^a-z0-9\-_]+/gi, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '').toLowerCase()

/** Slate's id for a heading before repeats are counted, from its Redcarpet HTML. */
export function slateBaseId(html) {
  const friendly = parameterize(html.replace(/<[^>]*>/g, ''))
  return friendly.trim() ? friendly : createHash('sha1').update(html).digest('hex').slice(0, 10)
}

/**
 * Slate's ids for one source page's headings, in page order. `render` says which renderer a
 * heading went through (one per file render); repeats are counted within it.
 * @template {{ html: string, render?: unknown }} H
 * @param {H[]} headings
 * @returns {(H & { id: string })[]}
 */
export function slateIds(headings) {
  const counters = new Map()
  return headings.map((heading) => {
    if (!counters.has(heading.render)) counters.set(heading.render, new Map())
    const seen = counters.get(heading.render)
    const base = slateBaseId(heading.html)
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return { ...heading, id: count === 1 ? base : `${base}-${count}` }
  })
}
