/**
 * The index holds whole words only (tokenize 'strict': a third of the bytes of 'forward'), so a
 * prefix is matched by looking its words up in the sorted vocabulary that ships with the index.
 */

/** The first position in the sorted `words`, within [low, high), whose word is not less than `text`. */
export function lowerBound(words, text, low = 0, high = words.length) {
  while (low < high) {
    const mid = (low + high) >>> 1
    if (words[mid] < text) low = mid + 1
    else high = mid
  }
  return low
}

/** The first string after every string that starts with `prefix` ('' when none is: the end). */
export function pastPrefix(prefix) {
  const last = prefix.charCodeAt(prefix.length - 1)
  return prefix && last < 0xffff ? prefix.slice(0, -1) + String.fromCharCode(last + 1) : ''
}

/** True when some word of the sorted vocabulary starts with `prefix`. */
export function hasPrefix(words, prefix) {
  return words[lowerBound(words, prefix)]?.startsWith(prefix) ?? false
}

/**
 * The words that start with `prefix`, at most `cap` of them: the word itself first when it is one,
 * then the shortest, the completions a reader most likely meant ("ord" → ord, order, orders, …).
 * The cap bounds a one- or two-letter prefix, which begins thousands of words.
 * @param {string[]} words the vocabulary, sorted
 */
export function completions(words, prefix, cap = 40) {
  const start = lowerBound(words, prefix)
  let end = start
  while (end < words.length && words[end].startsWith(prefix)) end += 1
  if (end - start <= cap) return words.slice(start, end)
  // Sorted by length, then alphabetically; the exact word, when there is one, is the shortest.
  return words.slice(start, end).sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, cap)
}
