/**
 * Chinese, Japanese and Korean text as terms. Han, kana and Hangul runs are cut into overlapping
 * character pairs (a lone character stays itself), at index time and at query time alike, and a
 * query needs all of its pairs: "充电桩" is 充电 + 电桩, found in 电动汽车充电桩的安装说明, and the
 * Korean stem 설치 is a pair of 설치하기, particle and all.
 *
 * Why pairs and not Intl.Segmenter's words (Node 20, ICU 78, measured 2026-12-07 on the bench's 36
 * CJK sections and its 30 CJK queries): both find all 30, with the query's prefix matching, and the
 * segmenter's index is smaller (11 KB against 20 KB raw). But it encodes 4x slower; it cuts words
 * into single characters its dictionary lacks (电动汽车 is 电|动|汽车), and a single character
 * matches as a prefix of any word, so 用户卡 found a section with 用户 and 充电卡 in it; and its
 * cuts come from the ICU of the program running it, so a browser could cut a query unlike the
 * build cut the text. Pairs need no dictionary, cut the same everywhere, and cost a term per
 * character.
 */

// Han (with 々), Hiragana, Katakana (with ー, which Unicode files under Common) and Hangul.
const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30fc'
export const CJK_RUN = new RegExp(`[${CJK_CLASS}]+`, 'gu')
const HAS_CJK = new RegExp(`[${CJK_CLASS}]`, 'u')
// What the index's normalizing (NFKD) leaves decomposed: Hangul jamo and kana voicing marks.
const DECOMPOSED = /[\u1100-\u11ff\u3099\u309a]/

/** True when the text holds a Han, kana or Hangul character. */
export const hasCjk = (text) => HAS_CJK.test(text)

/**
 * The terms of a run: its pairs, by code point (a character outside the BMP is one), then its last
 * character alone, so that every character begins a term and a one-character word is found at the
 * end of a run too (线 in 火线、零线). A query needs only its pairs: see `queryTerms`.
 */
export function pairsOf(run) {
  const chars = [...run]
  if (chars.length < 2) return chars
  return [...chars.slice(1).map((char, i) => chars[i] + char), chars.at(-1)]
}

/**
 * The terms a query word needs: a lone CJK character beside pairs is the end of a run, already
 * required by the pair it ends, and as a prefix it would read every pair it begins.
 * @param {string[]} terms the encoded terms of one query word
 */
export function queryTerms(terms) {
  const single = (term) => hasCjk(term) && [...term].length === 1
  return terms.some((term) => hasCjk(term) && !single(term)) ? terms.filter((term) => !single(term)) : terms
}

/**
 * Normalized text with every CJK run replaced by its terms, spaced off from the words around it
 * (ACI控制器 is aci, 控制, 制器, 器). Text without CJK is returned as it came, so a Latin-only index
 * is byte for byte what it was before CJK was supported.
 */
export function splitCjk(text) {
  if (!hasCjk(text)) return text
  // NFKD took ガ and 한 apart; composed again, they pair as the reader typed them.
  const composed = DECOMPOSED.test(text) ? text.normalize('NFC') : text
  return composed.replace(CJK_RUN, (run) => ` ${pairsOf(run).join(' ')} `)
}

/**
 * The characters of a word holding CJK that the terms match: CJK text has no words to mark whole,
 * so each character pair the index holds is tried where it stands, and a
 * one-character term marks its character only. The Latin parts of the word are words of their own.
 * @param {string} word a word of lib/search/marks.mjs's WORD holding CJK, found at `offset`
 * @param {string[]} terms encoded query terms
 * @param {(text: string) => string[]} encode the index's encoder
 * @returns {{ start: number, end: number }[]}
 */
export function cjkRanges(word, offset, terms, encode) {
  const ranges = []
  const add = (start, end) => {
    const last = ranges.at(-1)
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else ranges.push({ start, end })
  }
  const runs = new RegExp(CJK_RUN.source, CJK_RUN.flags)
  let from = 0
  for (let run = runs.exec(word); ; run = runs.exec(word)) {
    const latin = word.slice(from, run ? run.index : word.length)
    if (/[\p{L}\p{N}]/u.test(latin) && encode(latin).some((term) => terms.some((t) => term.startsWith(t)))) {
      add(offset + from, offset + from + latin.length)
    }
    if (!run) break
    const chars = [...run[0]]
    let at = offset + run.index
    chars.forEach((char, i) => {
      const pair = char + (chars[i + 1] ?? '')
      const [term = ''] = encode(pair)
      if (terms.includes(term)) add(at, at + pair.length)
      else if (terms.some((t) => t.length < term.length && term.startsWith(t))) add(at, at + char.length)
      at += char.length
    })
    from = run.index + run[0].length
  }
  return ranges
}
