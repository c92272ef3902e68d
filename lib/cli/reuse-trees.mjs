/**
 * Build cost does not multiply with versions: an older version whose pages would come out the same
 * as in the last build is neither read nor rendered again; its folder of the last export is copied
 * into the new one. Whether they would is a key, a hash of everything its pages are made from:
 *
 *   - every file of the version's folder (pages, partials, site.json, specs, its own public/);
 *   - the portal's code (app/, components/, lib/ without tests and bench, the root config files,
 *     package-lock.json), which renders every page;
 *   - the names of the files every version shares (the site's public/: a page's pictures must exist);
 *   - what its pages show of the rest of the site: the base path, siteUrl's origin, the version
 *     menu, and which of its pages the current version has (its banner and canonical links).
 *
 * The last build's keys are kept in the export (`.portal-build.json`), with each version's pages, so
 * the last point can be checked before the version is read. The current content is always built.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { BUILD_RECORD } from './host-files.mjs'

const PORTAL_FOLDERS = ['app', 'components', 'lib']
const PORTAL_FILES = ['mdx-components.tsx', 'next.config.mjs', 'tsconfig.json', 'package-lock.json']
// Not part of what a page is made from.
const SKIPPED = new Set(['test', 'bench', 'node_modules'])

function* filesIn(dir, skip = new Set()) {
  if (!fs.existsSync(dir)) return
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (skip.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* filesIn(full, skip)
    else if (entry.isFile()) yield full
  }
}

const hashParts = (parts) => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

/** A hash of every file in a folder: names (relative) and contents. */
export function folderKey(dir, skip) {
  return hashParts([...filesIn(dir, skip)].flatMap((file) => [path.relative(dir, file), fs.readFileSync(file)]))
}

/** A hash of the portal's own code. */
export function portalKey(root) {
  const files = [...PORTAL_FOLDERS.flatMap((folder) => [...filesIn(path.join(root, folder), SKIPPED)]), ...PORTAL_FILES.map((name) => path.join(root, name))]
  return hashParts(files.flatMap((file) => [path.relative(root, file), fs.existsSync(file) ? fs.readFileSync(file) : '']))
}

/** The names of the files in folders every version shares. */
export const sharedListing = (folders) => hashParts(folders.flatMap((folder) => [...filesIn(folder)].map((file) => path.relative(folder, file))))

/**
 * @param {{ folder: string, portal: string, shared: string, origin: string, tree: any }} parts folder: the
 *   version folder's key; portal, shared: the keys above; origin: siteUrl's; tree: the manifest's tree
 *   (lib/content/site-manifest.mjs), which holds the base path, the menu and the current version's pages
 */
export const treeKey = ({ folder, portal, shared, origin, tree }) => hashParts([folder, portal, shared, origin, JSON.stringify(tree)])

/**
 * The last build's record, kept in its export.
 * @returns {{ basePath: string, hashes: { scripts: string[], styles: string[] }, trees: Record<string, { key: string, slugs: string[], hashes: { scripts: string[], styles: string[] } }> } | null}
 */
export function lastBuild(outDir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, BUILD_RECORD), 'utf8'))
  } catch {
    return null
  }
}

/** Writes this build's record into its export. */
export function recordBuild(outDir, record) {
  fs.writeFileSync(path.join(outDir, BUILD_RECORD), `${JSON.stringify(record)}\n`)
}

/**
 * Copies a reused version's folder of the last export into the new one, and the page scripts and
 * styles it names that the new build does not have (named by their content, so normally the same).
 */
export function copyReused(lastOut, nextOut, segments, basePath) {
  const folder = path.join(...segments)
  fs.cpSync(path.join(lastOut, folder), path.join(nextOut, folder), { recursive: true })
  const wanted = new Set()
  const asset = new RegExp(`["'(]${basePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/((?:_next/static|_portal)/[^"'()?#]+)`, 'g')
  for (const file of filesIn(path.join(nextOut, folder))) {
    if (file.endsWith('.html')) for (const match of fs.readFileSync(file, 'utf8').matchAll(asset)) wanted.add(match[1])
  }
  // The islands' script imports its chunks by relative name.
  const follow = (name) => {
    const file = path.join(lastOut, name)
    if (!name.endsWith('.js') || !fs.existsSync(file)) return
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/["']\.\/(chunk-[\w-]+\.js)["']/g)) {
      const chunk = `${path.posix.dirname(name)}/${match[1]}`
      if (!wanted.has(chunk)) {
        wanted.add(chunk)
        follow(chunk)
      }
    }
  }
  for (const name of [...wanted]) follow(name)
  let carried = 0
  for (const name of wanted) {
    const target = path.join(nextOut, name)
    if (fs.existsSync(target) || !fs.existsSync(path.join(lastOut, name))) continue
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(lastOut, name), target)
    carried++
  }
  return carried
}
