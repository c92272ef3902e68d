/**
 * The conformance comparison: source items against what the portal shows, counted with repeats,
 * and old anchors against the ids pages have. Prose is compared by paragraph without its spacing
 * (block tags add line breaks the Markdown never had) and counted in source lines; a paragraph
 * the portal split or joined is still found when its text appears in what the page shows.
 */

export const GOAL = { items: 0.999, anchors: 1 }

const squash = (s) => s.replace(/\s+/g, '')

function missing(source, built, kind) {
  const key = kind === 'codeLines' ? (s) => s : squash
  const have = new Map()
  for (const item of built) have.set(key(item), (have.get(key(item)) ?? 0) + 1)
  const lost = []
  for (const item of source) {
    const n = have.get(key(item)) ?? 0
    if (n > 0) have.set(key(item), n - 1)
    else lost.push(item)
  }
  return lost
}

/**
 * @param {{ items: Record<string, string[]>, prose: { text: string, lines: number }[], anchors: string[], anchorHeadings?: Record<string, string> }} want
 *   anchorHeadings: the heading text a heading's old anchor must land on
 * @param {{ items: Record<string, string[]>, ids: Map<string, Map<string, string> | Set<string>> }} got  each page's ids (with their heading's text)
 * @param {Record<string, string>} anchorMap  the importer's slate-anchors.json
 * @param {(kind: string, lost: string[]) => void} tell
 */
export function compareItems(want, got, anchorMap, tell) {
  const kinds = []
  for (const kind of Object.keys(want.items)) {
    let lost = missing(want.items[kind], got.items[kind] ?? [], kind)
    let total = want.items[kind].length
    let found = total - lost.length
    // A raw HTML block's line of text is found anywhere in what the page shows (MDX may have made it a paragraph of its own, or joined it).
    if (kind === 'htmlText') {
      const everything = squash((got.items.pageText ?? []).join(''))
      lost = want.items[kind].filter((text) => !everything.includes(squash(text)))
      found = total - lost.length
    }
    if (kind === 'prose') {
      const everything = squash((got.items.pageText ?? []).join(''))
      const unmatched = new Set(lost.filter((text) => !everything.includes(squash(text))))
      lost = [...unmatched]
      total = want.prose.reduce((n, p) => n + p.lines, 0)
      found = total - want.prose.filter((p) => unmatched.has(p.text)).reduce((n, p) => n + p.lines, 0)
    }
    if (lost.length) tell(kind, lost)
    kinds.push({ kind, found, total })
  }
  // An old anchor lands when its id is on the page it is sent to and, for a heading's, on that heading.
  const lands = (key, href, id) => {
    const ids = got.ids.get(href)
    if (!ids?.has(id)) return false
    const heading = want.anchorHeadings?.[key]
    return heading === undefined || typeof ids.get !== 'function' || squash(ids.get(id) ?? '') === squash(heading)
  }
  const unresolved = want.anchors.filter((key) => {
    const page = key.slice(0, key.indexOf('#'))
    const id = key.slice(key.indexOf('#') + 1)
    // The home page keeps an anchor it has (the browser finds it there); only others are looked up.
    if (!page && got.ids.get('/')?.has(id)) return !lands(key, '/', id)
    const to = anchorMap[key]
    if (!to) return true
    const [href, newId] = to.split('#')
    return !lands(key, href, newId)
  })
  if (unresolved.length) tell('anchors', unresolved)
  const itemsTotal = kinds.reduce((n, k) => n + k.total, 0)
  const itemsFound = kinds.reduce((n, k) => n + k.found, 0)
  return {
    kinds,
    itemsTotal,
    itemsFound,
    itemShare: itemsTotal ? itemsFound / itemsTotal : 1,
    anchorsTried: want.anchors.length,
    anchorsLanding: want.anchors.length - unresolved.length,
    anchorShare: want.anchors.length ? (want.anchors.length - unresolved.length) / want.anchors.length : 1,
  }
}
