/**
 * The search index: one FlexSearch Document over the records of lib/search-records.mjs, built with
 * the same options at build time (tests, measurements) and in the browser, and the query that reads
 * it. The client imports this module lazily, so FlexSearch never weighs on a page's first load.
 */
import { Document, Encoder } from 'flexsearch'
import { WORD } from './search-marks.mjs'

// Readers type identifiers as written (CN-L, ACT+, include_cats, RP-SMA): besides its parts, such a
// word is indexed joined ("cnl", "actplus"), so the query "ACT+" can tell ACT+ from ACT-.
function joinCompounds(text) {
  return text.replace(WORD, (word) => {
    if (!/[-_+]/u.test(word)) return word
    const joined = word.replace(/\+/g, 'plus').replace(/-$/, 'minus').replace(/[-_]/g, '')
    return `${word} ${joined}`
  })
}

/** How text becomes terms, for the index and for queries alike. */
export const encoderOptions = {
  // Lower case and accents folded (Crème = creme); doubled letters folded (Kittens = kitens).
  normalize: true,
  dedupe: true,
  // Numbers stay whole: 230V and 2dBi are words here, not digit triplets.
  numeric: false,
  prepare: joinCompounds,
  // The encoder's cache is cleared on a timer, so results could depend on timing: off.
  cache: false,
}

export const FIELDS = /** @type {const} */ (['title', 'text', 'code'])

/** The Document options; `encoder` is filled in by createIndex. */
export const documentOptions = {
  tokenize: 'forward',
  cache: false,
  document: { id: 'id', index: [...FIELDS] },
}

/**
 * A fresh, empty index and its encoder; `onTerms` sees every term list the encoder makes.
 * @param {(terms: string[]) => void} [onTerms]
 */
export function createIndex(onTerms) {
  const encoder = new Encoder({ ...encoderOptions, ...(onTerms && { finalize: (terms) => (onTerms(terms), terms) }) })
  const index = new Document({ ...documentOptions, encoder })
  return { index, encoder }
}

/** What a record contributes to each field: its own heading, its prose and heading path, its code. */
export const fieldsOf = (record, id) => ({
  id,
  title: record.path.at(-1),
  text: `${record.path.slice(0, -1).join(' ')} ${record.text}`,
  code: record.code,
})
