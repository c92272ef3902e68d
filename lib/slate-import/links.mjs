/**
 * In-page links (`[see errors](#errors)`, `<a href="#errors">`) pointed into one long Slate page;
 * now that sections are pages they are sent to the page and id the anchor map gives.
 */

const FENCE = /^\s*(`{3,}|~{3,})/

/**
 * @param {string} mdx  one page
 * @param {string} pageHref  the page's own href, so links within it stay short
 * @param {Record<string, string>} map  old id → `href#id`
 */
export function retargetLinks(mdx, pageHref, map) {
  const target = (id) => {
    const to = map[id]
    if (!to) return undefined
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
        .replace(/\]\(#([^)\s]+)\)/g, (all, id) => (target(id) ? `](${target(id)})` : all))
        .replace(/\bhref=(["'])#([^"']+)\1/g, (all, q, id) => (target(id) ? `href=${q}${target(id)}${q}` : all))
    })
    .join('\n')
}
