/**
 * The search over the pieces lib/search/split.mjs writes: a query fetches the vocabulary once, then
 * the index pieces holding its words and the records groups holding its results, each only once.
 * The same FlexSearch index as a whole file gives: every piece imported into it is a part of the
 * whole index, so results are the same (lib/search/test/pieces.test.mjs checks it).
 */
import { createIndex, FIELDS } from './engine.mjs'
import { unpacked } from './pack.mjs'
import { importSearch, querying } from './query.mjs'
import { frontDecode, fromGaps } from './gaps.mjs'

/**
 * @typedef {import('./split.mjs').Manifest} Manifest
 * @typedef {(file: string) => Promise<any>} FetchPiece a piece's parsed JSON, by its file name
 * @typedef {{ results: import('./query.mjs').Result[], terms: string[] }} Found
 * @typedef {{ search(query: string, limit?: number): Promise<Found>, searchNow(query: string, limit?: number): Found | undefined, prefetch(query: string): Promise<void>, ready(query: string): boolean, encode(text: string): string[], onLoading?: (count: number) => void }} PieceSearch
 *   searchNow: the same answer at once when every piece it reads is here (a keystroke then costs no
 *   more than the query: no promise, no task), else undefined
 */

/** The file of index piece `n`, or of records group `n` (lib/search/split.mjs names them). */
export const pieceFile = (set, n) => `${set.name}.${n}.json`

/** Index pieces whose term range holds `key` (a term cut into parts spans several). */
function piecesOf(manifest, key) {
  const { ranges } = manifest.index
  const files = []
  ranges.forEach(([first, last], n) => first <= key && key <= last && files.push(pieceFile(manifest.index, n)))
  return files
}

/** The records group holding `id`: its first id and its file. @returns {[number, string]} */
function groupOf(manifest, id) {
  const n = Math.floor(id / manifest.records.per)
  return [n * manifest.records.per, pieceFile(manifest.records, n)]
}

/**
 * @param {Manifest} manifest
 * @param {FetchPiece} fetchPiece
 * @param {(pending: number) => void} [onLoading] told how many pieces are being fetched, 0 when done
 * @returns {Promise<PieceSearch>}
 */
export async function openPieces(manifest, fetchPiece, onLoading = () => {}) {
  if ('single' in manifest) {
    onLoading(1)
    const whole = importSearch(await fetchPiece(manifest.single))
    onLoading(0)
    return { search: async (query, limit) => whole.search(query, limit), searchNow: whole.search, prefetch: async () => {}, ready: () => true, encode: whole.encode }
  }
  const { index, encoder } = createIndex()
  /** @type {Map<string, Promise<void>>} */
  const loaded = new Map()
  /** Pieces that have arrived and are in use. */
  const arrived = new Set()
  // A term cut into parts: its ids so far, per field, joined as its parts arrive.
  const parts = new Map()
  const groups = new Map()
  let pending = 0

  const load = (file, use) => {
    let done = loaded.get(file)
    if (!done) {
      onLoading(++pending)
      done = fetchPiece(file)
        .then(use)
        .then(() => void arrived.add(file))
        .finally(() => onLoading(--pending))
      done.catch(() => loaded.delete(file))
      loaded.set(file, done)
    }
    return done
  }
  const useIndexPiece = (piece) => {
    for (const field of FIELDS) {
      const entries = piece[field].map(([term, gaps]) => {
        const key = `${field}\n${term}`
        const ids = fromGaps(gaps)
        const before = parts.get(key)
        const all = before ? [...before, ...ids].sort((a, b) => a - b) : ids
        parts.set(key, all)
        return [term, [all]]
      })
      index.import(`${field}.1.map`, entries)
    }
  }
  const onlyKeys = (keys) => Promise.all([...new Set([...keys].flatMap((key) => piecesOf(manifest, key)))].map((file) => load(file, useIndexPiece)))

  const records = {
    size: manifest.count,
    at(id) {
      const [first, file] = groupOf(manifest, id)
      return groups.get(file).at(id - first)
    },
  }
  // The vocabulary comes once, asked for now; meanwhile a query fetches the pieces of its words as typed.
  /** @type {ReturnType<typeof querying> | undefined} */
  let query
  const vocabulary = () => load(manifest.words, (coded) => (query ??= querying(index, encoder, records, frontDecode(coded), manifest.count))).then(() => /** @type {ReturnType<typeof querying>} */ (query))
  vocabulary().catch(() => {})
  const encode = (text) => encoder.encode(text)

  return {
    encode,
    // While the reader types: the pieces for the words so far.
    prefetch: (text) => vocabulary().then((q) => onlyKeys(q.needs(text))).then(() => {}),
    /** True when the index pieces the query reads are asked for (its records may still be on their way). */
    ready: (text) => Boolean(query) && [...query.needs(text)].every((key) => piecesOf(manifest, key).every((file) => loaded.has(file))),
    searchNow(text, limit = 10) {
      if (!query || ![...query.needs(text)].every((key) => piecesOf(manifest, key).every((file) => arrived.has(file)))) return undefined
      const { ranked, marks } = query.rankOnly(text, limit)
      if (!ranked.every(([id]) => arrived.has(groupOf(manifest, id)[1]))) return undefined
      return { results: query.show(ranked, marks), terms: marks }
    },
    async search(text, limit = 10) {
      const early = onlyKeys(text.split(/\s+/).flatMap(encode))
      const query = await vocabulary()
      await Promise.all([early, onlyKeys(query.needs(text))])
      const { ranked, marks } = query.rankOnly(text, limit)
      const needed = new Set(ranked.map(([id]) => groupOf(manifest, id)[1]))
      await Promise.all([...needed].map((file) => load(file, (group) => groups.set(file, unpacked(group)))))
      return { results: query.show(ranked, marks), terms: marks }
    },
  }
}
