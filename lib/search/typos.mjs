/**
 * One-typo tolerance, decided at query time against the words the index holds, so it never costs
 * prefix matching (FlexSearch's own tolerant tokenizer and phonetic charsets do) and stays exact
 * about what one typo is: a letter missing, extra, wrong, or two neighbours swapped.
 */
import { lowerBound, pastPrefix } from './vocabulary.mjs'
import { hasCjk } from './cjk.mjs'

/** True when `a` becomes `b` by one insertion, deletion, substitution or adjacent swap. */
export function oneEditApart(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i += 1
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i)
}

const ASCII = /^[\x00-\x7f]*$/

/**
 * The words, or word beginnings, one typo away from `term` that the vocabulary holds: "contcator"
 * gives "contactor", the half-typed "kitetn" gives "kiten" (of "kittens"). Beginnings keep the
 * typed word a prefix, as an untyped one is. A letter inserted or changed at a place is tried only
 * when some word has it there: the words sharing the term's first i letters are one range of the
 * sorted vocabulary, and the letters they have next are found by jumping through that range, so a
 * big alphabet (CJK and accented words beside English) costs nothing. A typo keeps to the script it
 * is typed in: a plain ASCII word tries only ASCII letters, no other word a CJK character, and a
 * CJK term (a character pair, lib/search/cjk.mjs) has no typos at all: one edit of a pair is
 * another word altogether, not a slip of the keyboard.
 * @param {string} term an encoded query term
 * @param {string[]} words the encoded words of the index, sorted
 */
export function typoVariants(term, words) {
  const found = new Set()
  if (hasCjk(term)) return []
  const ascii = ASCII.test(term)
  // Is `edit` the beginning of a word in [low, high), the words that could begin with it?
  const keep = (edit, low = 0, high = words.length) => {
    // Longer than the term and starting with it: already a completion of the term itself.
    if (edit === term || edit.startsWith(term)) return
    if (words[lowerBound(words, edit, low, high)]?.startsWith(edit)) found.add(edit)
  }
  for (let i = 0; i <= term.length; i++) {
    const head = term.slice(0, i)
    const tail = term.slice(i)
    if (tail) keep(head + tail.slice(1))
    if (tail.length > 1) keep(head + tail[1] + tail[0] + tail.slice(2))
    // Sorted by code unit, the words with an ASCII letter next come first: an ASCII term stops there.
    const past = ascii ? head + '\x80' : pastPrefix(head)
    const end = past ? lowerBound(words, past) : words.length
    for (let at = lowerBound(words, head); at < end; ) {
      if (words[at].length === i) {
        at += 1
        continue
      }
      const letter = String.fromCodePoint(/** @type {number} */ (words[at].codePointAt(i)))
      const next = pastPrefix(head + letter)
      const stop = next ? lowerBound(words, next, at + 1, end) : end
      if (!hasCjk(letter)) {
        keep(head + letter + tail, at, stop)
        if (tail) keep(head + letter + tail.slice(1), at, stop)
      }
      at = stop
    }
  }
  return [...found]
}
