/**
 * Where `next build` can read a content folder from. Turbopack resolves the pages' own imports
 * (react/jsx-runtime, the MDX components) only inside the project, so a folder outside it (an
 * imported site in /tmp) is copied into the project first; its `public/` is left for the export.
 */
import fs from 'node:fs'
import path from 'node:path'

/** @returns {string} a folder inside `root` holding the same pages as `content` */
export function buildableContent(root, content, copyName = '.out-content') {
  const relative = path.relative(root, content)
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) return content
  const copy = path.join(root, copyName)
  fs.rmSync(copy, { recursive: true, force: true })
  fs.cpSync(content, copy, { recursive: true, filter: (src) => path.relative(content, src) !== 'public' })
  return copy
}
