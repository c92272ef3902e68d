/**
 * The sidebar's tree, read from `pages` in site.json: an entry is a page slug (`"setting-up"`) or a
 * group, `{ "title": "Guides", "pages": [ … ] }`, and groups nest. Every problem carries the line
 * and column of the entry in site.json, read with the `yaml` parser (JSON is YAML), which keeps
 * positions where JSON.parse does not.
 *
 * @typedef {{ type: 'page', slug: string }} PageEntry
 * @typedef {{ type: 'group', id: string, title: string, children: TreeEntry[] }} GroupEntry
 *   id: the group's slug, unique in the site: its listing page is /category/<id>/
 * @typedef {PageEntry | GroupEntry} TreeEntry
 * @typedef {{ line: number, column: number, message: string }} Problem
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { createSlugger } from '../mdx/slate-slug.mjs'

// A page is its file name without .mdx: any name a file can have in one folder.
const SLUG = /^[^/\\.\s][^/\\]*$/

/**
 * @param {string} text the site.json text (already known to be valid JSON)
 * @returns {{ tree: TreeEntry[], slugs: string[], places: Map<string, { line: number, column: number }>, problems: Problem[] }}
 *   slugs: every page, in sidebar order; places: where each is listed
 */
export function readPageTree(text) {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  const problems = []
  const at = (node) => lines.linePos(node?.range?.[0] ?? 0)
  const report = (node, message) => {
    const { line, col } = at(node)
    problems.push({ line, column: col, message })
  }
  const slugs = []
  const places = new Map()
  const ids = createSlugger()

  /** @returns {TreeEntry[]} */
  function entries(seq, where) {
    const out = []
    for (const item of seq.items) {
      if (isScalar(item) && typeof item.value === 'string') {
        const slug = item.value
        if (!SLUG.test(slug)) report(item, `"${slug}" in ${where} is not a page name — use the page's file name without .mdx`)
        else if (places.has(slug)) report(item, `page "${slug}" is listed twice (first at line ${places.get(slug).line}) — list each page in one place`)
        else {
          const { line, col } = at(item)
          places.set(slug, { line, column: col })
          slugs.push(slug)
          out.push({ type: 'page', slug })
        }
      } else if (isMap(item)) {
        const group = readGroup(item, where)
        if (group) out.push(group)
      } else {
        report(item, `an entry of ${where} is neither a page nor a group — write a page's file name ("setting-up") or a group ({ "title": "Guides", "pages": [ … ] })`)
      }
    }
    return out
  }

  function readGroup(map, where) {
    const title = map.get('title')
    const pages = map.get('pages', true)
    for (const pair of map.items) {
      const key = String(pair.key?.value)
      if (key !== 'title' && key !== 'pages') report(pair.key, `a group has no "${key}" — a group is { "title": "…", "pages": [ … ] }`)
    }
    if (typeof title !== 'string' || !title.trim()) {
      report(map, `a group in ${where} has no title — add "title": "Guides"`)
      return null
    }
    if (!isSeq(pages)) {
      report(map, `group "${title}" has no "pages" list — add "pages": ["a-page"]`)
      return null
    }
    if (pages.items.length === 0) {
      report(pages, `group "${title}" is empty — list its pages, or remove the group`)
      return null
    }
    return { type: 'group', id: ids.slug(title), title, children: entries(pages, `group "${title}"`) }
  }

  const list = doc.get('pages', true)
  if (list === undefined) return { tree: [], slugs, places, problems }
  if (!isSeq(list)) {
    report(list, '"pages" must be a list — write "pages": ["index", …]')
    return { tree: [], slugs, places, problems }
  }
  return { tree: entries(list, '"pages"'), slugs, places, problems }
}

/** @returns {string[]} the slugs of a tree, in order */
export function slugsIn(/** @type {TreeEntry[]} */ tree) {
  return tree.flatMap((entry) => (entry.type === 'page' ? [entry.slug] : slugsIn(entry.children)))
}

/** @returns {GroupEntry[]} every group, parents before their children */
export function groupsIn(/** @type {TreeEntry[]} */ tree) {
  return tree.flatMap((entry) => (entry.type === 'group' ? [entry, ...groupsIn(entry.children)] : []))
}

/**
 * The groups that hold a page or a group, outermost first; empty at the top level.
 * @param {TreeEntry[]} tree @param {{ slug?: string, group?: string }} target
 * @returns {GroupEntry[] | null} null when the tree does not hold it
 */
export function trailTo(tree, target) {
  for (const entry of tree) {
    if (entry.type === 'page') {
      if (entry.slug === target.slug) return []
      continue
    }
    if (entry.id === target.group) return []
    const inner = trailTo(entry.children, target)
    if (inner) return [entry, ...inner]
  }
  return null
}
