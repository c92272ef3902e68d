/**
 * The records as shipped: what a result shows, without repeating what the file already holds. A
 * page's address is written once; a heading path is its parent section's path plus one heading;
 * code keeps only what a snippet can show (see `codeExcerpt`). The index matches the full text at
 * build time, so nothing here changes what is found, only what a snippet can show.
 */
import { WORD } from './marks.mjs'

/**
 * @typedef {import('./records.mjs').SearchRecord} SearchRecord
 * @typedef {[page: number, anchor: string, parent: number | string[], heading: string, text: string, code: string]} PackedRecord
 *   `parent` is the id of the record whose path this one extends, or the path itself when no
 *   record has it (a page without an h1 starts its paths with the page title).
 * @typedef {{ pages: string[], trails?: Record<number, string>, records: PackedRecord[] }} Packed
 *   trails: the sidebar groups that hold a page, by its number in `pages` (pages in no group left out)
 */

// Context for a snippet (160 characters) around each word's first use, and a cap: one Slate
// section holds 160 KB of sample responses, which would ship whole for a two-line snippet. With
// 8,000, 5 of the bench queries' 1,699 results (on 1,464 Slate sections) show a snippet without
// their word, all matches deep in a long JSON sample; with 2,000, 22 do, for 35% fewer bytes.
// 3,000 keeps the shipped file at 0.93x lunr's gzipped index at 20k sections (8,000: 1.01x).
const CONTEXT = 60
const CODE_MAX = 3000

/**
 * The parts of `code` that a snippet can need: the text around the first use of each distinct word,
 * joined by " … ", at most CODE_MAX characters. A match in code is shown around its first use, so
 * later uses need not ship.
 */
export function codeExcerpt(code) {
  if (code.length <= CODE_MAX) return code
  const seen = new Set()
  /** @type {[number, number][]} */
  const spans = []
  let size = 0
  for (const match of code.matchAll(WORD)) {
    const word = match[0].toLowerCase()
    if (seen.has(word)) continue
    seen.add(word)
    const start = Math.max(0, code.lastIndexOf(' ', match.index - CONTEXT) + 1)
    const found = code.indexOf(' ', match.index + match[0].length + CONTEXT)
    const end = found < 0 ? code.length : found
    const last = spans.at(-1)
    if (last && start <= last[1]) {
      size += end - Math.max(last[1], start)
      last[1] = Math.max(last[1], end)
    } else {
      spans.push([start, end])
      size += end - start + 3
    }
    if (size >= CODE_MAX) break
  }
  return spans.map(([start, end]) => code.slice(start, end)).join(' … ')
}

/** @param {SearchRecord[]} records @returns {Packed} */
export function pack(records) {
  const pages = []
  const trails = {}
  const pageIds = new Map()
  const byPath = new Map()
  const packed = records.map((record, id) => {
    if (!pageIds.has(record.href)) {
      pageIds.set(record.href, pages.push(record.href) - 1)
      if (record.trail) trails[pages.length - 1] = record.trail
    }
    const key = (path) => `${record.href}\n${path.join('\n')}`
    const parentPath = record.path.slice(0, -1)
    const parent = parentPath.length ? byPath.get(key(parentPath)) ?? parentPath : -1
    byPath.set(key(record.path), id)
    return /** @type {PackedRecord} */ ([pageIds.get(record.href), record.anchor, parent, record.path.at(-1) ?? '', record.text, codeExcerpt(record.code)])
  })
  return Object.keys(trails).length ? { pages, trails, records: packed } : { pages, records: packed }
}

/** A reader of packed records: `at(id)` is the record as a result shows it. @param {Packed} packed */
export function unpacked({ pages, trails = {}, records }) {
  const pathOf = (id) => {
    const [, , parent, heading] = records[id]
    return [...(typeof parent === 'number' ? (parent < 0 ? [] : pathOf(parent)) : parent), heading]
  }
  return {
    size: records.length,
    /** @returns {SearchRecord} */
    at(id) {
      const [page, anchor, , , text, code] = records[id]
      return { href: pages[page], anchor, path: pathOf(id), text, code, ...(trails[page] ? { trail: trails[page] } : {}) }
    },
  }
}

/**
 * The search file's text: JSON with every non-ASCII character escaped. A few accents and the
 * excerpts' "…" would otherwise make the whole file a two-byte string once decoded, which reads
 * and parses slower (at 20k sections: 210 ms to a first result instead of 160).
 */
export const searchJson = (data) => JSON.stringify(data).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
