/**
 * The sidebar as one page shows it, from the site manifest: every top-level entry, and inside the
 * groups that hold the page (open), their entries; every other group is only its title. So a
 * page carries its own group's links and the titles of the others, whatever the size of the site.
 * The rest comes, when a reader opens a group, from the nav file (`navFile`): every group's
 * entries, one content-hashed file shared by all pages.
 *
 * @typedef {{ kind: 'page', slug: string, href: string, title: string }} SidebarPage
 * @typedef {{ kind: 'group', id: string, title: string, href: string, open: boolean, entries: SidebarEntry[] }} SidebarGroup
 *   entries: empty when the group is closed (its page, `href`, lists them)
 * @typedef {SidebarPage | SidebarGroup} SidebarEntry
 */
import { createHash } from 'node:crypto'
import { groupAddress } from '../addresses/page-address.mjs'

/**
 * @param {import('./site-manifest.mjs').Manifest} manifest
 * @param {{ slug?: string, group?: string }} current the page shown, or the group whose page is shown
 * @returns {SidebarEntry[]}
 */
export function sidebarFor(manifest, current) {
  const open = new Set(current.slug ? manifest.pages[current.slug]?.trail : [...(manifest.groups[current.group ?? '']?.trail ?? []), current.group])
  const entry = (child) => {
    if ('page' in child) {
      const page = manifest.pages[child.page]
      return page && { kind: 'page', slug: page.slug, href: page.href, title: page.title }
    }
    const group = manifest.groups[child.group]
    const isOpen = open.has(group.id)
    return { kind: 'group', id: group.id, title: group.title, href: groupAddress(group.id, manifest.tree?.prefix), open: isOpen, entries: isOpen ? entries(group.children) : [] }
  }
  const entries = (children) => children.map(entry).filter(Boolean)
  return entries(manifest.top)
}

/** The pages before and after a page, in sidebar order, across groups. */
export function neighbours(manifest, slug) {
  const at = manifest.order.indexOf(slug)
  const link = (s) => (s ? { href: manifest.pages[s].href, title: manifest.pages[s].title } : undefined)
  return { prev: link(manifest.order[at - 1]), next: link(manifest.order[at + 1]) }
}

/**
 * What a group's page lists: its pages with their descriptions and its groups.
 * @returns {{ title: string, href: string, description?: string, group: boolean }[]}
 */
export function groupListing(manifest, id) {
  return manifest.groups[id].children.map((child) => {
    if ('group' in child) return { title: manifest.groups[child.group].title, href: groupAddress(child.group, manifest.tree?.prefix), group: true }
    const page = manifest.pages[child.page]
    return { title: page.title, href: page.href, description: page.description, group: false }
  })
}

/**
 * The nav file: every group's entries, `{ h: href, t: title }` for a page and `{ g: id, t: title }`
 * for a group, named by a hash of its content so it may be cached for good.
 * @returns {{ name: string, text: string }}
 */
export function navFile(manifest) {
  const groups = {}
  for (const group of Object.values(manifest.groups)) {
    groups[group.id] = group.children.map((child) => ('group' in child
      ? { g: child.group, t: manifest.groups[child.group].title }
      : { h: manifest.pages[child.page]?.href, t: manifest.pages[child.page]?.title })).filter((e) => e.t)
  }
  const text = JSON.stringify(groups)
  return { name: `nav-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.json`, text }
}
