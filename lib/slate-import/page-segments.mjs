/**
 * One Slate page as the layout put it together: its body (ERB partial calls expanded), then every
 * include list of its front matter, in order. The importer and the conformance inventory both read
 * pages through here, so they always see the same text.
 */
import path from 'node:path'
import { readSource } from './source-text.mjs'
import { includeLists, splitFrontMatter } from './front-matter.mjs'
import { expandPartials, includeSegments, resolvePartial } from './includes.mjs'
import { siteRoot } from './source-names.mjs'

/**
 * @param {string} file
 * @param {(at: string, message: string) => void} warn
 */
export function pageSegments(file, warn) {
  const root = siteRoot(file)
  const { data, body, bodyLine, error } = splitFrontMatter(readSource(file))
  if (error) warn(`${file}:1`, error)
  const lists = includeLists(data, (name) => Boolean(resolvePartial([path.dirname(file), root], name)))
  const segments = expandPartials({ root, file, text: body, line: bodyLine, warn })
  for (const { key, names } of lists) {
    if (key !== 'includes') warn(`${file}:1`, `front-matter \`${key}\` read as an include list (${names.length} names, after the page body) — Slate's default layout reads only \`includes\`, a custom layout read this one`)
    segments.push(...includeSegments({ root, file, names, warn, key }))
  }
  return { data, segments, root, includes: lists.reduce((n, l) => n + l.names.length, 0) }
}
