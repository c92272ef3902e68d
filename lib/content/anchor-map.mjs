/**
 * Where an old `/#anchor` link lands now: every heading and element id (`<a id>`) of every page but
 * the home page, by its id, and, for an imported Slate site, the importer's `slate-anchors.json` (Slate's ids,
 * which may differ from the portal's per-page ones) over that. The home page reads it to redirect.
 */
import fs from 'node:fs'
import path from 'node:path'
import { servedPath } from '../addresses/page-address.mjs'

/**
 * Addresses are where the pages are served (their `href`, under the tree's prefix); the importer's
 * map, written relative to the content, is put under the same prefix.
 * @param {{ dir: string, settings?: { paths?: { prefix: string, basePath: string } }, pages: { slug: string, href: string, headings: { id: string }[], anchors?: string[] }[] }} site
 */
export function anchorMap(site) {
  /** @type {Record<string, string>} */
  const map = {}
  for (const page of site.pages) {
    if (page.slug === 'index') continue
    for (const heading of page.headings) map[`#${heading.id}`] ??= `${page.href}#${heading.id}`
    for (const id of page.anchors ?? []) map[`#${id}`] ??= `${page.href}#${id}`
  }
  const file = path.join(site.dir, 'slate-anchors.json')
  if (fs.existsSync(file)) {
    for (const [anchor, to] of Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')))) map[anchor] = servedPath(String(to), site.settings?.paths)
  }
  return map
}
