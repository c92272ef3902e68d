/**
 * Chinese, Japanese and Korean text as terms. Han, kana and Hangul runs are cut into overlapping
 * character pairs (a lone character stays itself), at index time and at query time alike, and a
 * query needs all of its pairs: "充电桩" is 充电 + 电桩, found in 电动汽车充电桩的安装说明, and the
 * Korean stem 설치 is a pair of 설치하기, particle and all.
 *
 * Why pairs and not Intl.Segmenter (Node 20, ICU 78, measured 2026-12-07 on the bench's CJK set):
 * its dictionary cuts 电动汽车 into 电|动|汽车 and 充电桩 into 充电|桩, so 电动 and 电桩 are never
 * words; it leaves Korean particles on (서버에서 is one word, 서버 finds nothing); and the
 * browser's ICU is not the build's, so a query could be cut unlike the text it should find. Pairs
 * need no dictionary, cut the same everywhere, and cost one term per character.
 */

// Han (with 々), Hiragana, Katakana (with ー, which Unicode files under Common) and Hangul.
const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30fc'
export const CJK_RUN = new RegExp(`[${CJK_CLASS}]+`, 'gu')
const HAS_CJK = new RegExp(`[${CJK_CLASS}]`, 'u')
// What the index's normalizing (NFKD) leaves decomposed: Hangul jamo and kana voicing marks.
const DECOMPOSED = /[\u1100-\u11ff\u3099\u309a]/

/** True when the text holds a Han, kana or Hangul character. */
export const hasCjk = (text) => HAS_CJK.test(text)

/** The pairs of a run, by code point (a character outside the BMP is one), or the lone character. */
export function pairsOf(run) {
  const chars = [...run]
  if (chars.length < 2) return chars
  return chars.slice(1).map((char, i) => chars[i] + char)
}

/**
 * Normalized text with every CJK run replaced by its pairs, spaced off from the words around it
 * (ACI控制器 is aci, 控制, 制器). Text without CJK is returned as it came, so a Latin-only index
 * is byte for byte what it was before CJK was supported.
 */
export function splitCjk(text) {
  if (!hasCjk(text)) return text
  // NFKD took ガ and 한 apart; composed again, they pair as the reader typed them.
  const composed = DECOMPOSED.test(text) ? text.normalize('NFC') : text
  return composed.replace(CJK_RUN, (run) => ` ${pairsOf(run).join(' ')} `)
}
