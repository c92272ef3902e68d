/**
 * Finds the words of a text that a query matched, the way the index saw them, so snippets, heading
 * paths and the section a result opens mark exactly what was found. Returns plain ranges and
 * segments: the caller renders them as text, never as HTML.
 */

/** A word as readers write it: letters and digits, joined by - or _, maybe ending in +, ++ or -. */
export const WORD = /[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)*(?:\+\+|[+-](?![\p{L}\p{N}]))?/gu

/**
 * @typedef {{ text: string, mark: boolean }} Segment
 * @param {string} text
 * @param {string[]} terms encoded query terms (a word matches when one of its terms starts with one)
 * @param {(text: string) => string[]} encode the index's encoder
 * @returns {{ start: number, end: number }[]}
 */
export function matchRanges(text, terms, encode) {
  if (!terms.length) return []
  const ranges = []
  for (const match of text.matchAll(WORD)) {
    if (encode(match[0]).some((word) => terms.some((term) => word.startsWith(term)))) {
      ranges.push({ start: match.index, end: match.index + match[0].length })
    }
  }
  return ranges
}

/** The whole text as segments, matched words marked. @returns {Segment[]} */
export function markWords(text, terms, encode) {
  return segments(text, matchRanges(text, terms, encode), 0, text.length)
}

/**
 * About `width` characters of text around its first match, cut at word boundaries, marked.
 * @returns {Segment[]}
 */
export function snippet(text, terms, encode, width = 160) {
  const ranges = matchRanges(text, terms, encode)
  let start = 0
  if (ranges.length && ranges[0].end > width * 0.7) {
    start = text.lastIndexOf(' ', Math.max(0, ranges[0].start - Math.round(width * 0.3))) + 1
  }
  let end = Math.min(text.length, start + width)
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), ranges.find((r) => r.start >= start)?.end ?? 0)
  const out = segments(text, ranges, start, end)
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
