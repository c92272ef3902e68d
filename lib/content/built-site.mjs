/**
 * The site as the renderer reads it: the manifest and each page's compiled code, from the site
 * folder the build (or `npm run dev`) wrote before Next started (PORTAL_SITE_DIR). Read once per
 * process; in the preview again whenever the manifest was written anew.
 */
import fs from 'node:fs'
import path from 'node:path'
import { MANIFEST } from './site-manifest.mjs'

function siteDir() {
  const dir = process.env.PORTAL_SITE_DIR
  if (!dir) throw new Error('PORTAL_SITE_DIR is not set: build the site with `npm run build` (or preview it with `npm run dev`), not `next build` alone')
  return dir
}

let cached = { stamp: '', manifest: /** @type {import('./site-manifest.mjs').Manifest | null} */ (null) }

/** @returns {import('./site-manifest.mjs').Manifest} */
export function builtSite() {
  const file = path.join(siteDir(), MANIFEST)
  const stamp = process.env.PORTAL_DEV === '1' ? String(fs.statSync(file).mtimeMs) : 'build'
  if (cached.stamp !== stamp || !cached.manifest) cached = { stamp, manifest: JSON.parse(fs.readFileSync(file, 'utf8')) }
  return /** @type {import('./site-manifest.mjs').Manifest} */ (cached.manifest)
}

/** When the manifest was written: in the preview, which version of the content a page shows. */
export const siteVersion = () => String(fs.statSync(path.join(siteDir(), MANIFEST)).mtimeMs)

/** The compiled MDX of a page (a function body: see lib/content/read-page.mjs). */
export function pageCode(slug) {
  return fs.readFileSync(path.join(siteDir(), 'pages', `${slug}.js`), 'utf8')
}
