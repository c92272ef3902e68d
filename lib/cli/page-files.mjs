/**
 * The site folder the renderer and the export are made from, completed after the site was read
 * (lib/content/read-site.mjs wrote each page's compiled code and Markdown there): the manifest the
 * renderer reads, and under `public/` the files served beside the pages: the search files, the
 * sidebar's nav file, llms.txt and llms-full.txt, and anchors.json for old `/#anchor` links.
 * One writer for the export (`npm run build`) and the preview (`npm run dev`), so an author
 * previews exactly what readers and assistants will get.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ROOT_TREE, siteManifest, writeManifest } from '../content/site-manifest.mjs'
import { navFile } from '../content/sidebar.mjs'
import { anchorMap } from '../content/anchor-map.mjs'
import { writeSearchFiles } from '../search/write-search-file.mjs'
import { LLMS_FILE, LLMS_FULL_FILE, llmsTxt } from '../markdown/llms-txt.mjs'
import { markdownHref } from '../addresses/page-address.mjs'

/** Where the sidebar's nav file and the islands' code are served from. */
export const PORTAL_DIR = '_portal'

/**
 * What the pages need: the manifest, the nav file and anchors.json. Quick, so the preview shows a
 * saved page at once; `writeSearchSide` follows.
 * Everything under `public/` is served at the tree's prefix (a version's at `/<name>/`).
 * @param {string} siteDir the folder `readSite({ out })` wrote into
 * @param {import('../content/read-site.mjs').ReadSite} site
 * @param {import('../content/site-manifest.mjs').ManifestTree} [tree] which content tree it is
 * @returns {import('../content/site-manifest.mjs').Manifest}
 */
export function writePageSide(siteDir, site, tree = ROOT_TREE) {
  const publicDir = path.join(siteDir, 'public')
  const draft = siteManifest(site, { tree })
  const nav = navFile(draft)
  fs.mkdirSync(path.join(publicDir, PORTAL_DIR), { recursive: true })
  fs.writeFileSync(path.join(publicDir, PORTAL_DIR, nav.name), nav.text)
  const manifest = { ...draft, navFile: `${tree.prefix}/${PORTAL_DIR}/${nav.name}` }
  writeManifest(siteDir, manifest)
  fs.writeFileSync(path.join(publicDir, 'anchors.json'), JSON.stringify(anchorMap(site)))
  return manifest
}

/**
 * What search and assistants read: the search files, llms.txt and llms-full.txt, made from every
 * page (the search index alone takes a second or two at a thousand pages).
 * @param {string} siteDir @param {import('../content/read-site.mjs').ReadSite} site
 * @param {import('../content/site-manifest.mjs').Manifest} manifest
 */
export async function writeSearchSide(siteDir, site, manifest) {
  const publicDir = path.join(siteDir, 'public')
  await writeSearchFiles(publicDir, site)
  // A locale's files hold its own pages: one not translated yet is in its original's (the default locale's).
  const pages = manifest.order.map((slug) => manifest.pages[slug]).filter((page) => !page.original)
  fs.writeFileSync(path.join(publicDir, LLMS_FILE), llmsTxt({ settings: site.settings, pages, groups: manifest.groups }))
  const full = fs.openSync(path.join(publicDir, LLMS_FULL_FILE), 'w')
  pages.forEach((page, i) => fs.writeSync(full, `${i ? '\n---\n\n' : ''}${fs.readFileSync(path.join(publicDir, markdownHref(page.slug).slice(1)), 'utf8')}`))
  fs.closeSync(full)
}

/** Both sides, as the build writes them. */
export async function writePageFiles(siteDir, site, tree) {
  const manifest = writePageSide(siteDir, site, tree)
  await writeSearchSide(siteDir, site, manifest)
  return manifest
}
