/**
 * HTML tags must pair up inside the block (or paragraph) they sit in, or MDX refuses the page.
 * Browsers forgive an unclosed `<li>` or a stray `</b>`; here such a tag is dropped, its text kept,
 * and the author told where.
 */

/**
 * @param {Iterable<{ name: string, closing: boolean, piece: { value: string }, offset: number }[]>} scopes
 *   each scope's tags in order; `piece.value` is the JSX that will be written for the tag
 * @param {(offset: number, message: string) => void} warn
 */
export function balanceTags(scopes, warn) {
  for (const tags of scopes) {
    const open = []
    for (const tag of tags) {
      if (!tag.closing) {
        open.push(tag)
        continue
      }
      const match = open.findLastIndex((o) => o.name === tag.name)
      if (match === -1) {
        tag.piece.value = ''
        warn(tag.offset, `</${tag.name}> closes nothing — dropped`)
        continue
      }
      for (const orphan of open.splice(match).slice(1)) {
        orphan.piece.value = ''
        warn(orphan.offset, `<${orphan.name}> is never closed — tag dropped, its text kept`)
      }
    }
    for (const orphan of open) {
      orphan.piece.value = ''
      warn(orphan.offset, `<${orphan.name}> is never closed — tag dropped, its text kept`)
    }
  }
}
