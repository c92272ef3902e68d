/**
 * The search index: one FlexSearch Document over the records of lib/search/records.mjs, built with
 * the same options at build time (tests, measurements) and in the browser, and the query that reads
 * it. The client imports this module lazily, so FlexSearch never weighs on a page's first load.
 */
import { Document, Encoder } from 'flexsearch'
import { WORD } from './marks.mjs'
import { splitCjk } from './cjk.mjs'

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
  // Chinese, Japanese and Korean runs become character pairs (lib/search/cjk.mjs), after joining, so
  // ACI-控制器 joins to aci and its pairs, never to one Latin-and-Han term.
  prepare: (text) => splitCjk(joinCompounds(text)),
  // The encoder's cache is cleared on a timer, so results could depend on timing: off.
  cache: false,
}

export const FIELDS = /** @type {const} */ (['title', 'text', 'code'])

/**
 * The Document options; `encoder` is filled in by createIndex. Prose and code hold whole words only
 * ('strict', a third of the bytes of 'forward'): their prefixes are looked up in the vocabulary
 * (lib/search/vocabulary.mjs), which caps a short one. Headings hold every prefix ('forward', +5%
 * of the file at 20k sections), so a word still being typed ("delete p") always finds its heading.
 * One resolution slot: the query ranks by field, not by a word's position, and ids then stay in
 * the order they were added, which is the tie-break the query wants.
 */
export const documentOptions = {
  tokenize: 'strict',
  resolution: 1,
  cache: false,
  // Every field as an object: FlexSearch 0.8.212 carries one field's options on to the next
  // field given as a plain name.
  document: { id: 'id', index: FIELDS.map((field) => ({ field, tokenize: field === 'title' ? 'forward' : 'strict' })) },
}

/**
 * A fresh, empty index and its encoder. The index is given encoded terms (`fieldsOf`) and only cuts
 * them at spaces: encoding them again would give a CJK pair its last character as a term of its
 * own (电动 is 电动 and 动), a second term for every character.
 */
export function createIndex() {
  const encoder = new Encoder(encoderOptions)
  const terms = new Encoder({ normalize: false, dedupe: false, split: ' ', numeric: false, cache: false })
  const index = new Document({ ...documentOptions, encoder: terms })
  return { index, encoder }
}

/**
 * What a record contributes to each field, as encoded terms: its own heading; its prose and heading
 * path; its code. A term is indexed in the best field it appears in only: the query scores a record
 * by its best field, so a second posting would never count, and it would ship.
 * FlexSearch indexes exactly these (createIndex).
 */
export function fieldsOf(record, id, encoder) {
  const seen = new Set()
  const only = (text) => encoder.encode(text).filter((term) => !seen.has(term) && seen.add(term)).join(' ')
  return {
    id,
    title: only(record.path.at(-1)),
    text: only(`${record.path.slice(0, -1).join(' ')} ${record.text}`),
    code: only(record.code),
  }
}
