/**
 * Rewrites the links of one imported page (Markdown `[text](url)`, reference definitions and raw
 * `<a href>`) through a resolver (see link-targets.mjs). Link text may wrap over lines; code
 * blocks are left alone. A link that cannot work keeps its text and loses the link, and `dead`
 * hears why, rather than fail the content check.
 */

const FENCE = /^\s*(`{3,}|~{3,})/

/** The page cut into prose and fenced-code chunks, so prose can be matched across line breaks. */
function chunks(mdx) {
  const out = []
  let fence = null
  let current = []
  let inCode = false
  let at = 0
  const flush = (code) => {
    if (current.length) out.push({ code: inCode, text: current.join('\n'), start: at })
    at += current.reduce((n, l) => n + l.length + 1, 0)
    current = []
    inCode = code
  }
  for (const line of mdx.split('\n')) {
    const open = FENCE.exec(line)
    if (fence) {
      current.push(line)
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length && !line.slice(open.index + open[0].length).trim()) {
        fence = null
        flush(false)
      }
    } else if (open) {
      flush(true)
      fence = open[1]
      current.push(line)
    } else current.push(line)
  }
  flush(false)
  return out
}

/**
 * @param {string} mdx  one page
 * @param {string} pageHref  the page's own href, so links within it stay short
 * @param {(url: string) => string | { dead: string } | undefined} resolve
 * @param {(url: string, reason: string, offset: number) => void} [dead]  hears about each link that
 *   lost its target, with where it was in `mdx`
 */
export function retargetLinks(mdx, pageHref, resolve, dead = () => {}) {
  let base = 0
  const target = (url, offset) => {
    const to = resolve(url)
    if (to === undefined) return undefined
    if (typeof to !== 'string') {
      dead(url, to.dead, base + offset)
      return null
    }
    return to.startsWith(`${pageHref}#`) ? to.slice(pageHref.length) : to
  }
  return chunks(mdx)
    .map(({ code, text, start }) => {
      if (code) return text
      base = start
      // `<a href="/x">` written in inline code is an example, not a link.
      // A code span ends at its paragraph: a backtick left open does not pair with one paragraphs later.
      const spans = [...text.matchAll(/(`+)(?:(?!\n[ \t]*\n)[\s\S])*?[^`]\1(?!`)/g)].map((m) => [m.index, m.index + m[0].length])
      const inCode = (offset) => spans.some(([from, to]) => offset >= from && offset < to)
      return text
        .replace(/(?<!\\)(!?)\[((?:\\.|[^[\]\\]|\[[^\]]*\])*)\]\(\s*(?:<([^>\n]*)>|([^)\s]+))(\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, (all, bang, label, bracketed, bare, title, offset) => {
          if (bang) return all
          const to = target(bracketed ?? bare, offset)
          return to === undefined ? all : to === null ? label : `[${label}](${to}${title ?? ''})`
        })
        // A reference definition (`[ref]: url`, `[ref]: <url>`), not a footnote (`[^1]: text`).
        .replace(/^( {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*)(?:<([^>\n]*)>|([^\s<]\S*))/gm, (all, lead, bracketed, bare, offset) => {
          const to = target(bracketed ?? bare, offset)
          return to === undefined ? all : to === null ? `${lead}#` : `${lead}${to}`
        })
        .replace(/(\s)href=(["'])([^"']*)\2/g, (all, space, q, url, offset) => {
          if (inCode(offset)) return all
          const to = target(url, offset)
          return to === undefined ? all : to === null ? '' : `${space}href=${q}${to}${q}`
        })
    })
    .join('\n')
}
