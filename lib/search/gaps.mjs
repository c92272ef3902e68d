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
