/**
 * Old links keep working: Slate gave every heading an id counted over the whole source page (body
 * and includes together, so the second "HTTP Request" is `#http-request-2`); the portal counts per
 * page. This pairs each Slate heading with the heading it became and records where it lives now.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import remarkGfm from 'remark-gfm'
import { visit } from 'unist-util-visit'
import { toString } from 'mdast-util-to-string'
import remarkHeadingIds from '../mdx/remark-heading-ids.mjs'
import { createSlugger, slateSlug } from '../mdx/slate-slug.mjs'
import { explicitId } from '../content/explicit-id.mjs'

const portal = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkHeadingIds)

/**
 * The link targets of one portal page: its headings with the ids the portal gives them, and the
 * authors' own ids (`<a id>`, `<h2 id>`, any element with an id) outside code.
 */
export function pageTargets(mdx) {
  const tree = portal.runSync(portal.parse(mdx))
  const headings = []
  const ids = []
  visit(tree, (node) => {
    if (node.type === 'heading') headings.push({ text: toString(node).trim(), id: node.data.id })
    if (explicitId(node)) ids.push(explicitId(node))
  })
  return { headings, ids }
}

/** The headings of one portal page with the ids the portal gives them. */
export const portalHeadings = (mdx) => pageTargets(mdx).headings

/**
 * Slate's id for a heading: Redcarpet hands its renderer the heading as HTML, so `&`, `<`, `>`,
 * `"` and `'` arrive as entities, and Rails' parameterize keeps their letters: "Bob's & Co" was
 * `#bob-39-s-amp-co`. SmartyPants ran afterwards on the page, so it changed the text, not the id.
 */
export const redcarpetText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/** Slate's ids for a source page's headings, in order. */
export function slateIds(headings) {
  const slugger = createSlugger()
  return headings.map((h) => ({ ...h, id: slugger.slug(redcarpetText(h.text)) }))
}

/**
 * @param {{ text: string, id: string, at?: string }[]} old  Slate's headings with their ids
 * @param {{ text: string, id: string, href: string }[]} now  the portal's, with their page's href
 * @returns {{ map: Record<string, string>, lost: typeof old }}  old id → `href#id`
 */
export function pairAnchors(old, now) {
  const map = {}
  const lost = []
  let j = 0
  for (const heading of old) {
    let k = j
    const key = slateSlug(heading.text)
    while (k < now.length && k < j + 50 && slateSlug(now[k].text) !== key) k++
    if (k < now.length && slateSlug(now[k].text) === key) {
      map[heading.id] = `${now[k].href}#${now[k].id}`
      j = k + 1
    } else lost.push(heading)
  }
  return { map, lost }
}
