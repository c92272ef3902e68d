/**
 * Where `next build` can read a content folder from. Turbopack resolves the pages' own imports
 * (react/jsx-runtime, the MDX components) only inside the project, so a folder outside it (an
 * imported site in /tmp) is copied into the project first; its `public/` is left for the export.
 * A copy names its source in `.content-source`, so git dates and edit links follow the author's files.
 */
import fs from 'node:fs'
import path from 'node:path'

const MARKER = '.content-source'

/** @returns {string} a folder inside `root` holding the same pages as `content` */
export function buildableContent(root, content, copyName = '.out-content') {
  const relative = path.relative(root, content)
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) return content
  const copy = path.join(root, copyName)
  fs.rmSync(copy, { recursive: true, force: true })
  fs.cpSync(content, copy, { recursive: true, filter: (src) => path.relative(content, src) !== 'public' })
  markCopy(copy, content)
  return copy
}

/** Records that `copy` holds the pages of `source`. */
export function markCopy(copy, source) {
  fs.writeFileSync(path.join(copy, MARKER), `${path.resolve(source)}\n`)
}

/** The author's folder behind a content folder: its source when it is a copy, else itself. */
export function contentSource(dir) {
  const marker = path.join(dir, MARKER)
  return fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : dir
}
