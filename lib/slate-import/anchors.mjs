/**
 * Old links keep working: Slate's ids (see slate-heading-ids.mjs) are paired with the headings they
 * became, each heading in page order with the next portal heading of the same text, and each old
 * id records where it lives now; an id Slate put on the page twice meant its first heading.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import remarkGfm from 'remark-gfm'
import { visit } from 'unist-util-visit'
import { toString } from 'mdast-util-to-string'
import remarkHeadingIds from '../mdx/remark-heading-ids.mjs'
import { slateSlug } from '../mdx/slate-slug.mjs'
import { explicitId } from '../content/explicit-id.mjs'

const portal = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkHeadingIds)

/**
 * The link targets of one portal page: its headings with the ids the portal gives them, and the
 * authors' own ids (`<a id>`, `<h2 id>`, any element with an id) outside code; and the languages
 * of its code blocks, as the portal reads them (a fence inside raw HTML too).
 */
export function pageTargets(mdx) {
  const tree = portal.runSync(portal.parse(mdx))
  const headings = []
  const ids = []
  const langs = new Set()
  visit(tree, (node) => {
    if (node.type === 'heading') headings.push({ text: toString(node).trim(), id: node.data.id })
    if (explicitId(node)) ids.push(explicitId(node))
    if (node.type === 'code' && node.lang) langs.add(node.lang)
  })
  return { headings, ids, langs }
}

/** The headings of one portal page with the ids the portal gives them. */
export const portalHeadings = (mdx) => pageTargets(mdx).headings

/**
 * @param {{ text: string, id: string, at?: string }[]} old  Slate's headings with their ids
 * @param {{ text: string, id: string, href: string }[]} now  the portal's, with their page's href
 * @returns {{ map: Record<string, string>, lost: typeof old }}  old id → `href#id`
 */
export function pairAnchors(old, now) {
  // Ids are any words (`constructor`, `toString`): a map with no prototype has none of its own.
  const map = Object.create(null)
  const lost = []
  let j = 0
  for (const heading of old) {
    let k = j
    const key = slateSlug(heading.text)
    while (k < now.length && k < j + 50 && slateSlug(now[k].text) !== key) k++
    if (k < now.length && slateSlug(now[k].text) === key) {
      map[heading.id] ??= `${now[k].href}#${now[k].id}`
      j = k + 1
    } else lost.push(heading)
  }
  return { map, lost }
}
