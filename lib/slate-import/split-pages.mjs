/**
 * One portal page per `#` section, as the portal's content format has it. Text before the first
 * `#` heading stays with the page that follows it (Slate showed it at the top). Slugs are Slate's
 * anchors of the h1s, unique across the site; the first section of the first source is `index`.
 */
import { toString } from 'mdast-util-to-string'
import { parseSlateMarkdown } from './markdown-parser.mjs'
import { slateSlug } from '../mdx/slate-slug.mjs'

// Names the export already uses for its own files and folders.
const RESERVED = new Set(['index', 'images', '_next', 'anchors.json', '404', '_not-found'])

/** @returns {{ title: string, mdx: string, offset: number }[]} */
export function splitSections(mdx) {
  const tree = parseSlateMarkdown(mdx)
  const starts = tree.children
    .filter((node) => node.type === 'heading' && node.depth === 1)
    .map((node) => ({ offset: node.position.start.offset, title: toString(node, { includeHtml: false }).trim() }))
  if (starts.length === 0) return [{ title: '', mdx: mdx.trim(), offset: 0 }]
  starts[0].offset = 0
  return starts.map((start, i) => ({
    title: start.title,
    offset: start.offset,
    mdx: mdx.slice(start.offset, starts[i + 1]?.offset ?? mdx.length).trim(),
  }))
}

/**
 * Hands out page slugs: `prefix-title`, unique, never a reserved name.
 * @param {string[]} [folders]  names the site's own files use as folders (old-URL redirects such as `/cn/index.html`)
 */
export function createPageSlugger(folders = []) {
  const taken = new Set(folders)
  return (title, prefix = '') => {
    // A page with no `#` heading (an ERB page of raw HTML) is named after its file.
    const base = title ? [prefix, slateSlug(title)].filter(Boolean).join('-') : prefix || 'page'
    let slug = base
    for (let n = 2; taken.has(slug) || RESERVED.has(slug); n++) slug = `${base}-${n}`
    taken.add(slug)
    return slug
  }
}
