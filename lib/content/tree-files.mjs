/**
 * Which pictures and other files a content tree serves under its own prefix (page-address.mjs's
 * `servedPath` sends every other root-relative file to the base path, where the site's are).
 */
import fs from 'node:fs'
import path from 'node:path'

/**
 * The folders whose files are served under a tree's prefix, later ones winning: an older version's
 * `public/`, then a translation's own. The current content's is the site's, served at the base path.
 */
export function ownPublic(tree) {
  const version = tree.current ? [] : [path.join(tree.versionDir ?? tree.dir, 'public')]
  return tree.translates != null ? [...version, path.join(tree.dir, 'public')] : version
}

/** The files of a tree's own public folders (`/images/x.svg`), which are served under its prefix. */
export function ownFiles(tree) {
  const files = new Set()
  for (const folder of ownPublic(tree).filter((dir) => fs.existsSync(dir))) {
    for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.add(`/${path.relative(folder, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/')}`)
    }
  }
  return [...files].sort()
}
