/**
 * One-typo tolerance, decided at query time against the words the index holds, so it never costs
 * prefix matching (FlexSearch's own tolerant tokenizer and phonetic charsets do) and stays exact
 * about what one typo is: a letter missing, extra, wrong, or two neighbours swapped.
 */

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

/**
 * The words, or word beginnings, one typo away from `term` that the vocabulary holds: "conector"
 * gives "connector"'s encoding, the half-typed "kitetn" gives "kitten". Beginnings keep the typed
 * word a prefix, as an untyped one is.
 * @param {string} term an encoded query term
 * @param {Iterable<string>} vocabulary the encoded words of the index
 */
export function typoVariants(term, vocabulary) {
  const found = new Set()
  for (const word of vocabulary) {
    if (word.length < term.length - 1 || word.startsWith(term)) continue
    for (let length = term.length - 1; length <= Math.min(word.length, term.length + 1); length += 1) {
      const start = word.slice(0, length)
      if (oneEditApart(term, start)) found.add(start)
    }
  }
  return [...found]
}
