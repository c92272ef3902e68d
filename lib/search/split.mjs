/**
 * The search data cut into pieces a query fetches only when it needs them: the index by term range,
 * the records shown in results in small groups, the vocabulary in one piece. A manifest names every
 * piece by a hash of its content, so a piece can be cached for good and a rebuild never serves a
 * stale one under an old name.
 *
 * Why the vocabulary stays whole: one-typo tolerance tries every edit of a word against it, and an
 * edit of the first letter can land anywhere in the sorted words; split, most typo-able words
 * (five letters or more) would fetch most ranges. It grows with distinct words, not with sections
 * (11,083 words, 39 KB gzipped at 20,000 bench sections, where the whole file is 5 MB).
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { FIELDS } from './engine.mjs'
import { searchJson } from './pack.mjs'
import { frontCode, toGaps } from './gaps.mjs'

/**
 * @typedef {{ postingsCap?: number, recordsCap?: number, singleMaxGzip?: number }} SplitOptions
 *   postingsCap: most bytes of an index piece (raw JSON), default 48,000 (about 12 KB gzipped);
 *   recordsCap: most bytes of a records piece (raw JSON), default 32,000 (about 6 KB gzipped; at
 *   16,000 the manifest of 20,000 sections doubles to name twice the groups, for 3 KB less a group);
 *   singleMaxGzip: a whole file up to this many gzipped bytes ships as one piece, default 102,400.
 *   Measured over the 20 first-result queries of the bench (bench corpus, 2026-12-03): at 100
 *   sections the whole file is 41 KB and a query's pieces 24 KB (median); at 200, 90 KB and 45 KB;
 *   at 300, 138 KB and 48 KB. Pieces cost two more round trips (manifest, then vocabulary and
 *   index, then records), 300 ms on slow 4G, where 60 KB transfer: they win from about 110 KB.
 * @typedef {{ version: 1, single: string } | { version: 1, count: number, words: string, index: [first: string, last: string, file: string][], records: [first: number, file: string][] }} Manifest
 */
export const DEFAULTS = { postingsCap: 48_000, recordsCap: 32_000, singleMaxGzip: 102_400 }

const hashed = (kind, text) => `${kind}.${createHash('sha256').update(text).digest('hex').slice(0, 12)}.json`


/**
 * Every indexed term with its id list per field, in term order, as [term, field, ids] rows. A term
 * whose list alone is over the cap is cut into parts: each part is a row of its own.
 */
function postingRows(index, cap) {
  const rows = []
  for (const field of FIELDS) for (const [term, [ids]] of index[`${field}.1.map`]) rows.push([term, field, ids])
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : FIELDS.indexOf(a[1]) - FIELDS.indexOf(b[1])))
  const idsPerPart = Math.max(1, Math.floor(cap / 8))
  return rows.flatMap(([term, field, ids]) => {
    if (JSON.stringify(ids).length < cap / 2) return [[term, field, ids]]
    const parts = []
    for (let at = 0; at < ids.length; at += idsPerPart) parts.push([term, field, ids.slice(at, at + idsPerPart)])
    return parts
  })
}

/** Rows packed into pieces of at most `cap` bytes of JSON, in order. */
function fill(rows, cap, sizeOf, open, add) {
  const pieces = []
  let piece
  let size = 0
  for (const row of rows) {
    const bytes = sizeOf(row)
    if (!piece || size + bytes > cap) {
      pieces.push((piece = open(row)))
      size = 2
    }
    add(piece, row)
    size += bytes + 1
  }
  return pieces
}

/**
 * @param {ReturnType<typeof import('./query.mjs').exportSearch>} data
 * @param {SplitOptions} [options]
 * @returns {{ manifest: Manifest, files: Map<string, string> }} file names relative to search/
 */
export function splitSearch(data, options = {}) {
  const { postingsCap, recordsCap, singleMaxGzip } = { ...DEFAULTS, ...options }
  const files = new Map()
  const put = (kind, text) => {
    const name = hashed(kind, text)
    files.set(name, text)
    return name
  }
  const whole = searchJson(data)
  if (gzipSync(whole).length <= singleMaxGzip) return { manifest: { version: 1, single: put('index', whole) }, files }

  const sizeOfRow = ([term, , ids]) => term.length + 12 + JSON.stringify(toGaps(ids)).length
  const index = fill(postingRows(data.index, postingsCap), postingsCap, sizeOfRow, ([term]) => ({ first: term, last: term, title: [], text: [], code: [] }), (piece, [term, field, ids]) => {
    piece.last = term
    piece[field].push([term, toGaps(ids)])
  }).map(({ first, last, ...fields }) => /** @type {[string, string, string]} */ ([first, last, put('index', searchJson(fields))]))

  const byId = new Map()
  const pathOf = (id) => {
    const [, , parent, heading] = data.records[id]
    return [...(typeof parent === 'number' ? (parent < 0 ? [] : pathOf(parent)) : parent), heading]
  }
  const rows = data.records.map((record, id) => [id, record])
  const records = fill(rows, recordsCap, ([, record]) => JSON.stringify(record).length + 40, ([id]) => ({ first: id, pages: [], records: [] }), (group, [id, record]) => {
    byId.set(id, group)
    group.records.push(record)
  }).map((group) => {
    // A group stands alone: page addresses of its own, a parent outside it given as its path.
    const pages = []
    const trails = {}
    const packed = group.records.map((record) => {
      const href = data.pages[record[0]]
      if (!pages.includes(href)) {
        pages.push(href)
        if (data.trails?.[record[0]]) trails[pages.length - 1] = data.trails[record[0]]
      }
      const parent = record[2]
      const inside = typeof parent === 'number' && parent >= 0
      const kept = !inside ? parent : byId.get(parent) === group ? parent - group.first : pathOf(parent)
      return [pages.indexOf(href), record[1], kept, ...record.slice(3)]
    })
    return /** @type {[number, string]} */ ([group.first, put('records', searchJson(Object.keys(trails).length ? { pages, trails, records: packed } : { pages, records: packed }))])
  })

  const words = put('words', searchJson(frontCode(data.vocabulary)))
  return { manifest: { version: 1, count: data.records.length, words, index, records }, files }
}
