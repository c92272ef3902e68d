/**
 * The query: every word must match (in the heading, the prose or the code, not necessarily the same
 * one), as a prefix, or with one typo when the word has five letters or more. A heading match
 * outranks a prose match, which outranks a code match; a typo costs more than a field step.
 */
import { FIELDS, createIndex, fieldsOf } from './search-index.mjs'
import { snippet, markWords } from './search-marks.mjs'
import { typoVariants } from './search-typos.mjs'

const WEIGHT = { title: 4, text: 2, code: 1 }
const TYPO = 0.4

/**
 * @typedef {import('./search-records.mjs').SearchRecord} SearchRecord
 * @typedef {import('./search-marks.mjs').Segment} Segment
 * @typedef {{ id: number, score: number, url: string, page: string, path: Segment[][], snippet: Segment[] }} Result
 */

/**
 * What the build writes to out/search/index.json: the records (to show results), the index as
 * FlexSearch exports it, and the words it holds (for typo tolerance). Importing it is ~50x faster
 * than indexing the records again in the browser (see the README's search section).
 * @param {SearchRecord[]} records
 */
export function exportSearch(records) {
  const vocabulary = new Set()
  const { index } = createIndex((terms) => terms.forEach((term) => vocabulary.add(term)))
  records.forEach((record, id) => index.add(fieldsOf(record, id)))
  /** @type {Record<string, string>} */
  const parts = {}
  index.export((key, data) => {
    parts[key] = data
  })
  return { records, vocabulary: [...vocabulary].sort(), index: parts }
}

/** The search over an exported index. @param {ReturnType<typeof exportSearch>} data */
export function importSearch(data) {
  const { index, encoder } = createIndex()
  for (const [key, part] of Object.entries(data.index)) index.import(key, part)
  return querying(index, encoder, data.records, data.vocabulary)
}

/** The search over records indexed here and now (tests). @param {SearchRecord[]} records */
export function createSearch(records) {
  return importSearch(JSON.parse(JSON.stringify(exportSearch(records))))
}

function querying(index, encoder, records, vocabulary) {
  const encode = (text) => encoder.encode(text)

  /** Each record matching the term, with its best field's weight. */
  function hits(term, factor, into) {
    for (const { field, result } of index.search(term, { limit: records.length, index: [...FIELDS] })) {
      const weight = WEIGHT[/** @type {keyof WEIGHT} */ (field)] * factor
      for (const id of result) into.set(id, Math.max(into.get(id) ?? 0, weight))
    }
  }

  /** The encoded terms of a query, each with its typo variants, and the terms to mark. */
  function parse(query) {
    const groups = new Map()
    const marks = new Set()
    for (const word of query.split(/\s+/).filter(Boolean)) {
      const terms = encode(word)
      const letters = word.match(/[\p{L}\p{N}]/gu)?.length ?? 0
      // A joined identifier (cnl, actplus) is what to mark; its parts would mark every "l".
      marks.add(terms.length > 1 ? terms.at(-1) : terms[0])
      for (const term of terms) {
        if (groups.has(term)) continue
        groups.set(term, letters >= 5 && term.length >= 4 ? typoVariants(term, vocabulary) : [])
      }
    }
    for (const variants of groups.values()) for (const v of variants) marks.add(v)
    return { groups, marks: [...marks].filter(Boolean) }
  }

  /**
   * @param {string} query
   * @returns {{ results: Result[], terms: string[] }} `terms` mark the matched words in a page
   */
  function search(query, limit = 10) {
    const { groups, marks } = parse(query)
    if (!groups.size) return { results: [], terms: [] }
    /** @type {Map<number, number> | null} */
    let scores = null
    for (const [term, variants] of groups) {
      const found = new Map()
      for (const variant of variants) hits(variant, TYPO, found)
      hits(term, 1, found)
      if (scores) {
        const both = new Map()
        for (const [id, score] of scores) if (found.has(id)) both.set(id, score + found.get(id))
        scores = both
      } else scores = found
      if (!scores.size) break
    }
    const ranked = [...(scores ?? [])].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit)
    const results = ranked.map(([id, score]) => {
      const record = records[id]
      const text = record.text && snippet(record.text, marks, encode).some((s) => s.mark) ? record.text : record.code || record.text
      return {
        id,
        score,
        url: record.anchor ? `${record.href}#${record.anchor}` : record.href,
        page: record.path[0],
        path: record.path.map((part) => markWords(part, marks, encode)),
        snippet: text ? snippet(text, marks, encode) : [],
      }
    })
    return { results, terms: marks }
  }

  return { search, encode, size: records.length }
}

/**
 * Results grouped by page, pages in the order of their best result.
 * @param {Result[]} results
 * @returns {{ page: string, results: Result[] }[]}
 */
export function groupByPage(results) {
  const groups = new Map()
  for (const result of results) {
    const href = result.url.split('#')[0]
    if (!groups.has(href)) groups.set(href, { page: result.page, results: [] })
    groups.get(href).results.push(result)
  }
  return [...groups.values()]
}
