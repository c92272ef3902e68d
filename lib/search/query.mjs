/**
 * The query: every word must match (in the heading, the prose or the code, not necessarily the same
 * one), as a prefix, or with one typo when the word has five letters or more. A heading match
 * outranks a prose match, which outranks a code match; a typo costs more than a field step.
 * A Chinese, Japanese or Korean word is its character pairs (lib/search/cjk.mjs), all of which must
 * match, with no typos: so a word found inside unspaced text is found as typed, not near it.
 */
import { FIELDS, createIndex, fieldsOf } from './engine.mjs'
import { hasMatch, markWords, snippet } from './marks.mjs'
import { typoVariants } from './typos.mjs'
import { completions } from './vocabulary.mjs'
import { pack, unpacked } from './pack.mjs'
import { rank } from './rank.mjs'
import { hasCjk, queryTerms } from './cjk.mjs'

const WEIGHT = { title: 4, text: 2, code: 1 }
const TYPO = 0.4

/**
 * @typedef {import('./records.mjs').SearchRecord} SearchRecord
 * @typedef {import('./marks.mjs').Segment} Segment
 * @typedef {{ id: number, score: number, url: string, page: string, path: Segment[][], snippet: Segment[] }} Result
 */

/**
 * The whole search data, which lib/search/split.mjs ships as one piece or cuts into many: the records packed (lib/search/pack.mjs), the
 * index as FlexSearch exports it (as JSON, not strings within JSON: parsed once, not escaped), and
 * the sorted words it holds (for prefixes and typos). Importing the index takes ~2 ms at 20k
 * sections; indexing the records again (what a browser would do with records alone) takes 2-4 s.
 * @param {SearchRecord[]} records
 */
export function exportSearch(records) {
  const vocabulary = new Set()
  const { index, encoder } = createIndex()
  records.forEach((record, id) => {
    const fields = fieldsOf(record, id, encoder)
    for (const field of FIELDS) for (const term of fields[field].split(' ')) if (term) vocabulary.add(term)
    index.add(fields)
  })
  /** @type {Record<string, unknown>} */
  const parts = {}
  index.export((key, data) => {
    // The register of ids serves updates and removals, which a shipped index never has.
    if (!key.endsWith('.reg')) parts[key] = JSON.parse(data)
  })
  return { ...pack(records), vocabulary: [...vocabulary].sort(), index: parts }
}

/** The search over an exported index. @param {ReturnType<typeof exportSearch>} data */
export function importSearch(data) {
  const { index, encoder } = createIndex()
  for (const [key, part] of Object.entries(data.index)) index.import(key, part)
  return querying(index, encoder, unpacked(data), data.vocabulary)
}

/** The search over records indexed here and now (tests). @param {SearchRecord[]} records */
export function createSearch(records) {
  return importSearch(JSON.parse(JSON.stringify(exportSearch(records))))
}

/**
 * The query over an index, its records and its vocabulary. `records` and the index may be partly
 * loaded (lib/search/pieces.mjs): `needs` says which index keys a query reads, `rankOnly` which
 * records it shows, so a caller fetches those first and then calls `show`.
 * @param {{ size: number, at(id: number): SearchRecord }} records
 * @param {string[]} vocabulary
 */
export function querying(index, encoder, records, vocabulary, count = records.size) {
  const encode = (text) => encoder.encode(text)

  const EXACT_CAP = 40
  const TYPO_CAP = 8
  // A field's term → ids map, read directly (pieces imported later land in it): FlexSearch's
  // search() encodes the term again for each field and copies its ids, a third of a two-word
  // query's time at 20,000 sections (up to 40 completions a word). One resolution slot: slot 0.
  /** @returns {number[] | undefined} */
  const ids = (field, term) => index.index.get(field).map.get(term)?.[0]

  /**
   * Each field's id lists for words starting with one of `prefixes`, ascending ids each. Titles are
   * indexed by prefix ('forward'), so every completion is found; prose and code by whole words,
   * looked up as the prefix's `cap` shortest completions in the vocabulary.
   */
  function postings(prefixes, cap) {
    const lists = { title: [], text: [], code: [] }
    const add = (field, term) => {
      const found = ids(field, term)
      if (found) lists[field].push(found)
    }
    for (const prefix of prefixes) {
      add('title', prefix)
      for (const word of completions(vocabulary, prefix, cap)) {
        add('text', word)
        add('code', word)
      }
    }
    return lists
  }

  /** A query term's id lists, best first: its own words by field, then its typo variants'. */
  function tiers(term, variants) {
    const exact = postings([term], EXACT_CAP)
    const typo = postings(variants, TYPO_CAP)
    const out = []
    for (const field of FIELDS) out.push({ weight: WEIGHT[field], lists: exact[field] }, { weight: WEIGHT[field] * TYPO, lists: typo[field] })
    return out.sort((a, b) => b.weight - a.weight)
  }

  /** The encoded terms of a query, each with its typo variants, and the terms to mark. */
  function parse(query) {
    const groups = new Map()
    const marks = new Set()
    for (const word of query.split(/\s+/).filter(Boolean)) {
      const terms = queryTerms(encode(word))
      const letters = word.match(/[\p{L}\p{N}]/gu)?.length ?? 0
      // A joined identifier (cnl, actplus) is what to mark; its parts would mark every "l". A CJK
      // word is all of its character pairs, each one marked.
      const latin = terms.filter((term) => !hasCjk(term))
      marks.add(latin.length > 1 ? latin.at(-1) : latin[0])
      for (const term of terms) if (hasCjk(term)) marks.add(term)
      for (const term of terms) {
        if (groups.has(term)) continue
        groups.set(term, letters >= 5 && term.length >= 4 ? typoVariants(term, vocabulary) : [])
      }
    }
    for (const variants of groups.values()) for (const v of variants) marks.add(v)
    return { groups, marks: [...marks].filter(Boolean) }
  }

  /** Every index key the query reads: each term and typo variant (titles), their completions (prose, code). */
  function needs(query) {
    const keys = new Set()
    for (const [term, variants] of parse(query).groups) {
      keys.add(term)
      for (const word of completions(vocabulary, term, EXACT_CAP)) keys.add(word)
      for (const variant of variants) {
        keys.add(variant)
        for (const word of completions(vocabulary, variant, TYPO_CAP)) keys.add(word)
      }
    }
    return keys
  }

  /** The ids of the best `limit` records, with their scores, and the terms to mark. */
  function rankOnly(query, limit = 10) {
    const { groups, marks } = parse(query)
    if (!groups.size) return { ranked: [], marks: [] }
    return { ranked: rank([...groups].map(([term, variants]) => tiers(term, variants)), count, limit), marks }
  }

  /** Ranked ids as results: address, heading path and snippet, matched words marked. @returns {Result[]} */
  function show(ranked, marks) {
    const cached = memo(encode)
    return ranked.map(([id, score]) => {
      const record = records.at(id)
      const text = record.text && hasMatch(record.text, marks, cached) ? record.text : record.code || record.text
      return {
        id,
        score,
        url: record.anchor ? `${record.href}#${record.anchor}` : record.href,
        // The page's groups first, as the sidebar has them: "Guides › Wiring › Top Connector".
        page: record.trail ? `${record.trail} › ${record.path[0]}` : record.path[0],
        path: record.path.map((part) => markWords(part, marks, cached)),
        snippet: text ? snippet(text, marks, cached) : [],
      }
    })
  }

  /**
   * @param {string} query
   * @returns {{ results: Result[], terms: string[] }} `terms` mark the matched words in a page
   */
  function search(query, limit = 10) {
    const { ranked, marks } = rankOnly(query, limit)
    return { results: show(ranked, marks), terms: marks }
  }

  return { search, encode, size: count, needs, rankOnly, show }
}

/** An encoder that remembers, for one query's snippets: code repeats its words a lot. */
function memo(encode) {
  const seen = new Map()
  return (text) => {
    let terms = seen.get(text)
    if (!terms) seen.set(text, (terms = encode(text)))
    return terms
  }
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
