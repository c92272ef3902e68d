/**
 * The content as a build, a check or the preview reads it. Without an `openapi` key in site.json it
 * is the author's folder itself. With one, it is a fresh copy (`copyName` in `root`) holding the
 * author's files plus the API reference pages made from each spec now, so the reference is never
 * older than its spec. Problems in a spec throw a SpecError (its `problems` are `file:line:column`
 * lines, relative to `cwd`) and leave no copy behind.
 */
import fs from 'node:fs'
import path from 'node:path'
import { readSettings } from '../content/site-settings.mjs'
import { contentSource, markCopy } from '../content/content-folder.mjs'
import { VERSIONS_DIR } from '../content/site-trees.mjs'

/** @returns {Promise<{ dir: string, warnings: string[] }>} */
export async function contentWithReference(root, content, copyName = '.out-content', { cwd = process.cwd() } = {}) {
  const settings = readSettings(content)
  if (settings.openapi === undefined) return { dir: content, warnings: [] }
  // Loaded only for a site with a spec: the resolver and the sample generator are not small.
  const { writeReference } = await import('./write-reference.mjs')
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
