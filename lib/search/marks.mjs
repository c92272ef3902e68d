/**
 * Finds the words of a text that a query matched, the way the index saw them, so snippets, heading
 * paths and the section a result opens mark exactly what was found. Returns plain ranges and
 * segments: the caller renders them as text, never as HTML.
 */
import { cjkRanges, hasCjk } from './cjk.mjs'

/** A word as readers write it: letters and digits, joined by - or _, maybe ending in +, ++ or -. */
export const WORD = /[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)*(?:\+\+|[+-](?![\p{L}\p{N}]))?/gu

/**
 * Where a word matching one of `terms` may be, found by one regular expression run natively over
 * the text, so a long section is not cut into words and encoded word by word (3.6 ms for the ten
 * results of "stock" at 20,000 sections). A term's letters are matched in any case, each maybe
 * doubled (the encoder drops repeated letters) and joined by - or _ (a compound is indexed joined
 * too); any non-ASCII character, `+` and a word-final `-` are candidates as well, since the encoder
 * folds accents and spells `+` and a final `-` out. The encoder still decides each candidate: this
 * only skips text no term can match. Null when a term is not plain ASCII: then every word is read.
 * @param {string[]} terms encoded query terms
 */
export function candidateFinder(terms) {
  const key = terms.join(' ')
  if (lastFinder.key !== key) lastFinder = { key, finder: finderOf(terms) }
  return lastFinder.finder
}
// A query's snippets ask for the same terms many times over.
let lastFinder = { key: '', finder: /** @type {RegExp | null} */ (null) }

function finderOf(terms) {
  if (!terms.every((term) => /^[a-z0-9]+$/.test(term))) return null
  const letter = (c) => `${c}(?:[-_]?${c})*`
  const spelled = terms.map((term) => [...term].map(letter).join('[-_]?'))
  return new RegExp(`${spelled.join('|')}|[^\\x00-\\x7f]|\\+|-(?![a-z0-9])`, 'gi')
}

// What a word can hold; surrogates count, so a restart never splits a pair.
const WORD_PART = /[\p{L}\p{N}_+\-\ud800-\udfff]/u

/** Where the run of word characters holding `at` begins, but not before `floor`: a word can start there. */
function runStart(text, at, floor) {
  while (at > floor && WORD_PART.test(text[at - 1])) at -= 1
  return at
}

/**
 * @typedef {{ text: string, mark: boolean }} Segment
 * @param {string} text
 * @param {string[]} terms encoded query terms (a word matches when one of its terms starts with one)
 * @param {(text: string) => string[]} encode the index's encoder
 * @param {number} [from] where to start looking (a word boundary)
 * @param {number} [to] where to stop looking
 * @param {number} [most] how many ranges to find: a snippet needs the first one before the rest
 * @returns {{ start: number, end: number }[]}
 */
export function matchRanges(text, terms, encode, from = 0, to = text.length, most = Infinity) {
  if (!terms.length) return []
  const finder = candidateFinder(terms)
  const words = new RegExp(WORD.source, WORD.flags)
  const ranges = []
  let at = from
  while (at < to && ranges.length < most) {
    if (finder) {
      finder.lastIndex = at
      const hit = finder.exec(text)
      if (!hit || hit.index >= to) break
      at = runStart(text, hit.index, at)
    }
    words.lastIndex = at
    const match = words.exec(text)
    if (!match || match.index >= to) break
    at = match.index + match[0].length
    if (hasCjk(match[0])) ranges.push(...cjkRanges(match[0], match.index, terms, encode))
    else if (encode(match[0]).some((word) => terms.some((term) => word.startsWith(term)))) {
      ranges.push({ start: match.index, end: at })
    }
  }
  return ranges
}

/** The whole text as segments, matched words marked. @returns {Segment[]} */
export function markWords(text, terms, encode) {
  return segments(text, matchRanges(text, terms, encode), 0, text.length)
}

/** True when some word of the text matches. */
export const hasMatch = (text, terms, encode) => matchRanges(text, terms, encode, 0, text.length, 1).length > 0

/**
 * About `width` characters of text around its first match, cut at word boundaries, marked. Only
 * the words up to the end of the snippet are read: a record's code can be long.
 * @returns {Segment[]}
 */
export function snippet(text, terms, encode, width = 160) {
  const [first] = matchRanges(text, terms, encode, 0, text.length, 1)
  let start = 0
  if (first && first.end > width * 0.7) start = cutBefore(text, Math.max(0, first.start - Math.round(width * 0.3)), 1)
  let end = Math.min(text.length, start + width)
  if (end < text.length) end = Math.max(cutBefore(text, end, 0), first && first.start >= start ? first.end : 0)
  const out = segments(text, matchRanges(text, terms, encode, start, end), start, end)
  if (start > 0) out.unshift({ text: '…', mark: false })
  if (end < text.length) out.push({ text: '…', mark: false })
  return out
}

/**
 * Where to cut text at or before `at`: at the last space (`after` 1: just past it), as words are
 * never cut; but CJK text has no spaces, so where CJK stands between that space and `at`, right at
 * `at`, never inside a surrogate pair.
 */
function cutBefore(text, at, after) {
  const space = text.lastIndexOf(' ', at)
  if (!hasCjk(text.slice(Math.max(space, 0), at + after))) return space + after
  return /[\udc00-\udfff]/.test(text[at] ?? '') ? at - 1 : at
}

function segments(text, ranges, from, to) {
  const out = []
  let at = from
  for (const { start, end } of ranges) {
    if (end <= from || start >= to) continue
    if (start > at) out.push({ text: text.slice(at, start), mark: false })
    out.push({ text: text.slice(Math.max(start, at), Math.min(end, to)), mark: true })
    at = Math.min(end, to)
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false })
  return out
}
