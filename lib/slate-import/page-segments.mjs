/**
 * One Slate page as the layout put it together: its body (ERB partial calls expanded), then every
 * include list of its front matter, in order. The importer and the conformance inventory both read
 * pages through here, so they always see the same text.
 */
import path from 'node:path'
import { readSource } from './source-text.mjs'
import { includeLists, splitFrontMatter } from './front-matter.mjs'
import { expandPartials, includeSegments, resolveLocalized } from './includes.mjs'
import { siteRoot } from './source-names.mjs'

/** The 1-based line of the front-matter list entry naming `name`, or 1. */
function entryLine(frontMatter, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const at = frontMatter.findIndex((line) => new RegExp(`^\\s*-\\s*["']?${escaped}["']?\\s*(#.*)?$`).test(line))
  return at === -1 ? 1 : at + 1
}

/**
 * @param {string} file
 * @param {(at: string, message: string) => void} warn
 * @param {{ sourceRoot?: string, locale?: import('./includes.mjs').RenderLocale }} [options]  sourceRoot: the
 *   site's source folder, where Middleman looks for partials after the page's own folder (default: the
 *   page's folder, or its parent for `localizable/`); locale: the locale the page is rendered in
 */
export function pageSegments(file, warn, { sourceRoot = siteRoot(file), locale } = {}) {
  const text = readSource(file)
  const { data, body, bodyLine, error } = splitFrontMatter(text)
  if (error) warn(`${file}:1`, error)
  const lookup = [siteRoot(file), sourceRoot]
  const lists = includeLists(data, (name) => Boolean(resolveLocalized([path.dirname(file), ...lookup], name, locale)))
  const segments = expandPartials({ lookup, file, text: body, line: bodyLine, warn, locale })
  for (const { key, names } of lists) {
    if (key !== 'includes') warn(`${file}:1`, `front-matter \`${key}\` read as an include list (${names.length} names, after the page body) — Slate's default layout reads only \`includes\`, a custom layout read this one`)
    segments.push(...includeSegments({ lookup: [path.dirname(file), ...lookup], file, names, warn, key, lineOf: (name) => entryLine(text.split('\n', bodyLine - 1), name), locale }))
  }
  return { data, segments, root: sourceRoot, includes: lists.reduce((n, l) => n + l.names.length, 0) }
}
