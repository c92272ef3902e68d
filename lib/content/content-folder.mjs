/**
 * Where `next build` can read a content folder from. Turbopack resolves the pages' own imports
 * (react/jsx-runtime, the MDX components) only inside the project, so a folder outside it (an
 * imported site in /tmp) is copied into the project first; its `public/` is left for the export.
 * A copy names its source in `.content-source`, so git dates and edit links follow the author's files.
 */
import fs from 'node:fs'
import path from 'node:path'
import { readSettings } from './site-settings.mjs'
import { VERSIONS_DIR } from './site-trees.mjs'

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

/**
 * The content as a build, a check or the preview reads it. Without an `openapi` key in site.json it
 * is the author's folder itself. With one, it is a fresh copy (`copyName` in `root`) holding the
 * author's files plus the API reference pages made from each spec now (lib/openapi), so the
 * reference is never older than its spec. Problems in a spec throw a SpecError (its `problems`
 * are `file:line:column` lines, relative to `cwd`) and leave no copy behind.
 * @returns {Promise<{ dir: string, warnings: string[] }>}
 */
export async function contentWithReference(root, content, copyName = '.out-content', { cwd = process.cwd() } = {}) {
  const settings = readSettings(content)
  if (settings.openapi === undefined) return { dir: content, warnings: [] }
  // Loaded only for a site with a spec: the resolver and the sample generator are not small.
  const { writeReference } = await import('../openapi/write-reference.mjs')
  const copy = path.join(root, copyName)
  fs.rmSync(copy, { recursive: true, force: true })
  // Older versions are content trees of their own (site-trees.mjs), read from their own folders.
  fs.cpSync(content, copy, { recursive: true, filter: (src) => !['public', VERSIONS_DIR].includes(path.relative(content, src)) })
  markCopy(copy, contentSource(content))
  try {
    const { warnings } = await writeReference({ source: content, copy, settings, cwd })
    return { dir: copy, warnings }
  } catch (error) {
    fs.rmSync(copy, { recursive: true, force: true })
    throw error
  }
}
