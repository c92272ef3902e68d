/**
 * The search data cut into pieces a query fetches only when it needs them: the index by term range,
 * the records shown in results in small groups, the vocabulary in one piece. The manifest names
 * every piece through a hash of the content, so a piece can be cached for good and a rebuild never
 * serves a stale one under an old name. The index pieces share one hash (of them all), as do the
 * records groups: `index.<hash>.<n>.json`, `records.<hash>.<n>.json`. A name per piece would put a
 * hash per piece in the manifest, which every query fetches first, and hashes do not compress
 * (20 KB gzipped at 20,000 sections with small pieces); a change anywhere renames all of one kind.
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
import { pieceFile } from './pieces.mjs'

/**
 * @typedef {{ postingsCap?: number, recordsPer?: number, singleMaxGzip?: number }} SplitOptions
 *   postingsCap: most bytes of an index piece (raw JSON), default 16,000 (about 4 KB gzipped);
 *   recordsPer: records in a records group, default 4 (a group is its id divided by this);
 *   singleMaxGzip: a whole file up to this many gzipped bytes ships as one piece, default 81,920.
 *   Each response costs about 1 KB of headers besides its body (the portal's security headers),
 *   and a query shows ten results, mostly from different groups: measured over the bench's 210
 *   fixed queries on WooCommerce's imported docs (1,415 sections, 2026-12-07), the worst query
 *   fetched 132 KB (search code included) with pieces of 48,000 bytes and groups of 32,000 bytes,
 *   and 85 KB with pieces of 16,000 and groups of four (median 78 → 56 KB); groups of two saved
 *   5 KB more for twice the requests. Pieces cost two more round trips than one whole file
 *   (manifest, then vocabulary and index, then records), 300 ms on slow 4G, where 60 KB transfer:
 *   on the bench corpus the whole file is 88 KB at 200 sections, where a query's pieces are 28 KB
 *   (median; 57 against 22 at 150), so pieces win from about there; and under 80 KB the whole file
 *   plus the search code (22 KB) keeps every query under 120 KB.
 * @typedef {{ version: 1, single: string } | { version: 2, count: number, words: string, index: { name: string, ranges: [first: string, last: string][] }, records: { name: string, per: number } }} Manifest
 *   index piece n holds the terms from ranges[n][0] to ranges[n][1] and is `${index.name}.${n}.json`;
 *   records group g holds ids g·per to g·per + per − 1 and is `${records.name}.${g}.json`
 */
export const DEFAULTS = { postingsCap: 16_000, recordsPer: 4, singleMaxGzip: 81_920 }

const hash = (texts) => texts.reduce((h, text) => h.update(text).update('\n'), createHash('sha256')).digest('hex').slice(0, 12)


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
  const { postingsCap, recordsPer, singleMaxGzip } = { ...DEFAULTS, ...options }
  const files = new Map()
  const whole = searchJson(data)
  if (gzipSync(whole).length <= singleMaxGzip) {
    const single = `index.${hash([whole])}.json`
    files.set(single, whole)
    return { manifest: { version: 1, single }, files }
  }
  /** One kind of pieces under one name: `<kind>.<hash of them all>`, each `.<n>.json`. */
  const putAll = (kind, texts) => {
    const set = { name: `${kind}.${hash(texts)}` }
    texts.forEach((text, n) => files.set(pieceFile(set, n), text))
    return set
  }

  const sizeOfRow = ([term, , ids]) => term.length + 12 + JSON.stringify(toGaps(ids)).length
  const pieces = fill(postingRows(data.index, postingsCap), postingsCap, sizeOfRow, ([term]) => ({ first: term, last: term, title: [], text: [], code: [] }), (piece, [term, field, ids]) => {
    piece.last = term
    piece[field].push([term, toGaps(ids)])
  })
  const index = { ...putAll('index', pieces.map(({ first, last, ...fields }) => searchJson(fields))), ranges: pieces.map(({ first, last }) => /** @type {[string, string]} */ ([first, last])) }

  const pathOf = (id) => {
    const [, , parent, heading] = data.records[id]
    return [...(typeof parent === 'number' ? (parent < 0 ? [] : pathOf(parent)) : parent), heading]
  }
  const groups = []
  for (let first = 0; first < data.records.length; first += recordsPer) {
    // A group stands alone: page addresses of its own, a parent outside it given as its path.
    const pages = []
    const trails = {}
    const packed = data.records.slice(first, first + recordsPer).map((record) => {
      const href = data.pages[record[0]]
      if (!pages.includes(href)) {
        pages.push(href)
        if (data.trails?.[record[0]]) trails[pages.length - 1] = data.trails[record[0]]
      }
      const parent = record[2]
      const inside = typeof parent === 'number' && parent >= first
      const kept = inside ? parent - first : typeof parent === 'number' && parent >= 0 ? pathOf(parent) : parent
      return [pages.indexOf(href), record[1], kept, ...record.slice(3)]
    })
    groups.push(searchJson(Object.keys(trails).length ? { pages, trails, records: packed } : { pages, records: packed }))
  }
  const records = { ...putAll('records', groups), per: recordsPer }

  const vocabulary = searchJson(frontCode(data.vocabulary))
  const words = `words.${hash([vocabulary])}.json`
  files.set(words, vocabulary)
  return { manifest: { version: 2, count: data.records.length, words, index, records }, files }
}
