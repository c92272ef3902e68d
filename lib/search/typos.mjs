/**
 * One-typo tolerance, decided at query time against the words the index holds, so it never costs
 * prefix matching (FlexSearch's own tolerant tokenizer and phonetic charsets do) and stays exact
 * about what one typo is: a letter missing, extra, wrong, or two neighbours swapped.
 */
import { hasPrefix } from './vocabulary.mjs'

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

// The letters the vocabulary uses, per vocabulary: the only ones worth trying in an edit. A typo
// keeps to the script it is typed in, so a plain ASCII word tries only the ASCII letters: with CJK
// and accented text in the index the whole alphabet is hundreds of letters, and every one of them
// is an edit at every place in the word.
const alphabets = new WeakMap()
function alphabetOf(words, term) {
  let letters = alphabets.get(words)
  if (!letters) {
    const set = new Set()
    for (const word of words) for (const letter of word) set.add(letter)
    const all = [...set]
    alphabets.set(words, (letters = { all, ascii: all.filter((letter) => letter < '\x80') }))
  }
  return ASCII.test(term) ? letters.ascii : letters.all
}
const ASCII = /^[\x00-\x7f]*$/

/** Every string one edit away from `term`. */
function edits(term, letters) {
  const out = new Set()
  for (let i = 0; i <= term.length; i++) {
    const head = term.slice(0, i)
    const tail = term.slice(i)
    if (tail) out.add(head + tail.slice(1))
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2))
    for (const letter of letters) {
      out.add(head + letter + tail)
      if (tail) out.add(head + letter + tail.slice(1))
    }
  }
  out.delete(term)
  return out
}

/**
 * The words, or word beginnings, one typo away from `term` that the vocabulary holds: "contcator"
 * gives "contactor", the half-typed "kitetn" gives "kiten" (of "kittens"). Beginnings keep the
 * typed word a prefix, as an untyped one is. Found by trying each edit against the sorted words
 * (a binary search each), not by reading the whole vocabulary.
 * @param {string} term an encoded query term
 * @param {string[]} words the encoded words of the index, sorted
 */
export function typoVariants(term, words) {
  const found = []
  for (const edit of edits(term, alphabetOf(words, term))) {
    // Longer than the term and starting with it: already a completion of the term itself.
    if (edit.startsWith(term)) continue
    if (hasPrefix(words, edit)) found.push(edit)
  }
  return found
}
