/**
 * Posting lists as shipped in pieces: ids ascending, each written as its gap from the one before,
 * so a long list of near ids gzips to little. Shared by the build (lib/search/split.mjs) and the
 * client (lib/search/pieces.mjs), which must not pull in the build's Node modules.
 */

/** @param {number[]} ids ascending */
export const toGaps = (ids) => ids.map((id, i) => (i ? id - ids[i - 1] : id))

/** @param {number[]} gaps */
export const fromGaps = (gaps) => {
  let at = 0
  return gaps.map((gap) => (at += gap))
}

/**
 * The sorted vocabulary front-coded: each word as how many letters it shares with the one before
 * (one digit, at most 9) and the rest. A fifth fewer bytes gzipped than the plain list.
 * @param {string[]} words sorted
 */
export function frontCode(words) {
  let before = ''
  return words
    .map((word) => {
      let shared = 0
      while (shared < 9 && shared < before.length && word[shared] === before[shared]) shared += 1
      before = word
      return `${shared}${word.slice(shared)}`
    })
    .join('\n')
}

/** @param {string} text @returns {string[]} */
export function frontDecode(text) {
  let before = ''
  return text.split('\n').map((line) => (before = before.slice(0, Number(line[0])) + line.slice(1)))
}
