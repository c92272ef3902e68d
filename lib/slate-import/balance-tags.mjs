/**
 * HTML tags must pair up inside the block (or paragraph) they sit in, or MDX refuses the page.
 * Browsers close some elements by themselves (HTML's optional end tags: a `<td>` ends at the next
 * `<td>` or at `</tr>`, an `<li>` at the next `<li>` or at `</ul>`); those closings are written in,
 * so the text stays in the cell or item it was in. Any other unpaired tag (a stray `</b>`) is
 * dropped, its text kept, and the author told where.
 */

const SECTIONS = ['tbody', 'thead', 'tfoot']
const BLOCKS = ['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul']
/** Element → the start tags that end it when it is the innermost open one (a `<table>` in a cell nests). */
const ENDED_BY_START = {
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  td: ['td', 'th', 'tr', ...SECTIONS],
  th: ['td', 'th', 'tr', ...SECTIONS],
  tr: ['tr', ...SECTIONS],
  thead: SECTIONS,
  tbody: SECTIONS,
  tfoot: SECTIONS,
  p: BLOCKS,
  option: ['option', 'optgroup'],
}
// Whose end tag may be left out: ended by their parent's end tag too.
const OPTIONAL_END = new Set(Object.keys(ENDED_BY_START))

// A block tag written after text on its line was put on a line of its own: so are the closings before it.
const prepend = (ended, value) => (ended ? value.replace(/^\n?/, (nl) => nl + ended) : value)

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
        let ended = ''
        while (open.length && ENDED_BY_START[open.at(-1).name]?.includes(tag.name)) ended += `</${open.pop().name}>`
        tag.piece.value = prepend(ended, tag.piece.value)
        open.push(tag)
        continue
      }
      const match = open.findLastIndex((o) => o.name === tag.name)
      if (match === -1) {
        tag.piece.value = ''
        warn(tag.offset, `</${tag.name}> closes nothing — dropped`)
        continue
      }
      let ended = ''
      for (const orphan of open.splice(match).slice(1).reverse()) {
        if (OPTIONAL_END.has(orphan.name)) ended += `</${orphan.name}>`
        else {
          orphan.piece.value = ''
          warn(orphan.offset, `<${orphan.name}> is never closed — tag dropped, its text kept`)
        }
      }
      tag.piece.value = prepend(ended, tag.piece.value)
    }
    for (const orphan of open) {
      orphan.piece.value = ''
      warn(orphan.offset, `<${orphan.name}> is never closed — tag dropped, its text kept`)
    }
  }
}
