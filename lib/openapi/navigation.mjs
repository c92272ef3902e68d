/**
 * Where a reference's pages go in the sidebar, as data in the shape of site.json `pages` with
 * groups: an entry is a slug, or `{ "title": "Group", "pages": [ ...entries ] }`. The whole
 * reference is one group (titled by the API), its introduction first; the document's
 * `x-tagGroups` become groups inside it, in their order, and tags no group names follow them, so
 * no page is left out.
 */

/**
 * @typedef {string | { title: string, pages: PageEntry[] }} PageEntry
 * @param {{ title: string, tagGroups: { name: string, tags: string[] }[] | null }} model
 * @param {{ slug: string }[]} written  the pages in reading order (introduction first)
 * @param {{ slug: string, tag?: { name: string } }[]} planned  the pages with the tag each shows
 * @returns {{ title: string, pages: PageEntry[] }}
 */
export function referenceNavigation(model, written, planned) {
  const slugOfTag = new Map(planned.filter((p) => p.tag).map((p) => [p.tag.name, p.slug]))
  const [intro, ...rest] = written.map((page) => page.slug)
  if (!model.tagGroups?.length) return { title: model.title, pages: [intro, ...rest] }
  const grouped = new Set()
  const groups = model.tagGroups.map((group) => {
    const pages = group.tags.map((tag) => slugOfTag.get(tag)).filter((slug) => slug && !grouped.has(slug))
    for (const slug of pages) grouped.add(slug)
    return { title: group.name, pages }
  }).filter((group) => group.pages.length)
  return { title: model.title, pages: [intro, ...groups, ...rest.filter((slug) => !grouped.has(slug))] }
}
