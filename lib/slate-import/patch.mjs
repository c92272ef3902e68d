/**
 * Applies replacements to a text by offsets and remembers where each piece came from, so a problem
 * found later in the written MDX can still be reported at the author's file:line.
 */

/**
 * @param {string} text
 * @param {{ start: number, end: number, value: string }[]} edits  non-overlapping
 * @returns {{ text: string, sourceOffset: (outOffset: number) => number }}
 */
export function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const parts = []
  /** @type {{ out: number, src: number }[]} */
  const anchors = [{ out: 0, src: 0 }]
  let at = 0
  let out = 0
  for (const edit of sorted) {
    if (edit.start < at) continue // overlapped by an earlier edit: the outer one wins
    parts.push(text.slice(at, edit.start))
    out += edit.start - at
    anchors.push({ out, src: edit.start })
    parts.push(edit.value)
    out += edit.value.length
    at = edit.end
    anchors.push({ out, src: edit.end })
  }
  parts.push(text.slice(at))
  return {
    text: parts.join(''),
    sourceOffset(outOffset) {
      let lo = 0
      let hi = anchors.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (anchors[mid].out <= outOffset) lo = mid
        else hi = mid - 1
      }
      const anchor = anchors[lo]
      const next = anchors[lo + 1]
      // Inside a replacement the best answer is where that replacement started.
      if (next && next.src === anchor.src) return anchor.src
      return anchor.src + (outOffset - anchor.out)
    },
  }
}
