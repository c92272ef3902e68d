/**
 * The site as the renderer reads it: each content tree's manifest and its pages' compiled code, from
 * the site folder the build (or `npm run dev`) wrote before Next started (PORTAL_SITE_DIR). The
 * current content is the folder itself; an older version is `versions/<name>/` in it, listed in
 * `trees.json` with the trees this build renders (a version reused from the last build is not).
 * Read once per process; in the preview again whenever the manifest was written anew.
 */
import fs from 'node:fs'
import path from 'node:path'
import { MANIFEST } from './site-manifest.mjs'

export const TREES_FILE = 'trees.json'

function siteDir() {
  const dir = process.env.PORTAL_SITE_DIR
  if (!dir) throw new Error('PORTAL_SITE_DIR is not set: build the site with `npm run build` (or preview it with `npm run dev`), not `next build` alone')
  return dir
}

/** Where a tree's manifest and pages are in the site folder. */
export const treeFolder = (name) => (name ? path.join('versions', name) : '.')

/** @type {Map<string, { stamp: string, manifest: import('./site-manifest.mjs').Manifest }>} */
const cached = new Map()

/** @returns {import('./site-manifest.mjs').Manifest} the manifest of the tree `name` ('' : the current content) */
export function builtSite(name = '') {
  const file = path.join(siteDir(), treeFolder(name), MANIFEST)
  const stamp = process.env.PORTAL_DEV === '1' ? String(fs.statSync(file).mtimeMs) : 'build'
  if (cached.get(name)?.stamp !== stamp) cached.set(name, { stamp, manifest: JSON.parse(fs.readFileSync(file, 'utf8')) })
  return /** @type {import('./site-manifest.mjs').Manifest} */ (cached.get(name)?.manifest)
}

let trees
/** @returns {{ name: string, segments: string[] }[]} the trees this build renders; the current content first */
export function renderedTrees() {
  if (trees) return trees
  const file = path.join(siteDir(), TREES_FILE)
  trees = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [{ name: '', segments: [] }]
  return trees
}

/**
 * Which tree an address inside the base path belongs to, and the rest of it: the tree whose segments
 * (`['1.x']`) start it, the longest such, else the current content.
 * @param {string[]} segments @returns {{ tree: string, rest: string[] }}
 */
export function treeAt(segments) {
  const match = renderedTrees()
    .filter((tree) => tree.segments.every((part, i) => segments[i] === part))
    .sort((a, b) => b.segments.length - a.segments.length)[0]
  return { tree: match?.name ?? '', rest: segments.slice(match?.segments.length ?? 0) }
}

/** When the manifest was written: in the preview, which version of the content a page shows. */
export const siteVersion = () => String(fs.statSync(path.join(siteDir(), MANIFEST)).mtimeMs)

/** The compiled MDX of a page of the tree `name` (a function body: see lib/content/read-page.mjs). */
export function pageCode(slug, name = '') {
  return fs.readFileSync(path.join(siteDir(), treeFolder(name), 'pages', `${slug}.js`), 'utf8')
}
