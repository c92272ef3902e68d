/**
 * In-page links (`[see errors](#errors)`, `<a href="#errors">`) pointed into one long Slate page,
 * and `v2.html#x` links into another source page; now that sections are pages, they are sent where
 * the anchor map says. A link to an anchor the Slate site never had either (it was broken there
 * too) keeps its text and loses the link, with a warning, rather than fail the content check.
 */

const FENCE = /^\s*(`{3,}|~{3,})/
// `#x`, `v2.html#x`, and a bare `x` (an anchor written without its `#`, a dead link in Slate).
const OURS = /^(#.|[\w.-]+\.html(?:#|$)|[\w-]+$)/

/**
 * @param {string} mdx  one page
 * @param {string} pageHref  the page's own href, so links within it stay short
 * @param {(url: string) => string | null | undefined} resolve  new URL; null: a dead anchor; undefined: not ours
 * @param {(url: string) => void} [dead]  hears about each dead link
 */
export function retargetLinks(mdx, pageHref, resolve, dead = () => {}) {
  const target = (url) => {
    if (!OURS.test(url)) return undefined
    const to = resolve(url)
    if (to === null) dead(url)
    if (!to) return to
    return to.startsWith(`${pageHref}#`) ? to.slice(pageHref.length) : to
  }
  let fence = null
  return mdx
    .split('\n')
    .map((line) => {
      const open = FENCE.exec(line)
      if (fence) {
        if (open && open[1][0] === fence[0] && open[1].length >= fence.length) fence = null
        return line
      }
      if (open) {
        fence = open[1]
        return line
      }
      return line
        .replace(/(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(([^)\s]+)\)/g, (all, bang, text, url) => {
          if (bang) return all
          const to = target(url)
          return to === undefined ? all : to === null ? text : `[${text}](${to})`
        })
        .replace(/\s\bhref=(["'])([^"']+)\1/g, (all, q, url) => {
          const to = target(url)
          return to === undefined ? all : to === null ? '' : ` href=${q}${to}${q}`
        })
    })
    .join('\n')
}
