/**
 * Finds the words of a text that a query matched, the way the index saw them, so snippets, heading
 * paths and the section a result opens mark exactly what was found. Returns plain ranges and
 * segments: the caller renders them as text, never as HTML.
 */

/** A word as readers write it: letters and digits, joined by - or _, maybe ending in +, ++ or -. */
export const WORD = /[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)*(?:\+\+|[+-](?![\p{L}\p{N}]))?/gu

/**
 * A cheap test before encoding, which costs microseconds a word: in a plain ASCII word, a term's
 * first two letters appear together once the word is lower-cased and its - and _ dropped (the
 * encoder only folds case, joins those parts and drops repeated letters). `+` and a closing `-` become "plus" and "minus",
 * other letters fold accents: such words are always encoded.
 * @param {string} word
 * @param {string[]} heads the first two letters of each term
 */
export function mayMatch(word, heads) {
  if (!/^[\x00-\x7f]*$/.test(word) || /\+|-$/.test(word)) return true
  const key = word.toLowerCase().replace(/[-_]/g, '')
  return heads.some((head) => key.includes(head))
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
  const heads = terms.map((term) => term.slice(0, 2))
  const ranges = []
  const words = new RegExp(WORD.source, WORD.flags)
  words.lastIndex = from
  for (let match = words.exec(text); match && match.index < to && ranges.length < most; match = words.exec(text)) {
    if (mayMatch(match[0], heads) && encode(match[0]).some((word) => terms.some((term) => word.startsWith(term)))) {
      ranges.push({ start: match.index, end: match.index + match[0].length })
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
  if (first && first.end > width * 0.7) {
    start = text.lastIndexOf(' ', Math.max(0, first.start - Math.round(width * 0.3))) + 1
  }
  let end = Math.min(text.length, start + width)
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), first && first.start >= start ? first.end : 0)
  const out = segments(text, matchRanges(text, terms, encode, start, end), start, end)
  if (start > 0) out.unshift({ text: '…', mark: false })
  if (end < text.length) out.push({ text: '…', mark: false })
  return out
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
