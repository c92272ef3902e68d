/**
 * Slate's `includes:` and ERB `partial` calls, resolved the way Middleman found them: beside the
 * page first, then from the site's source folder (Middleman's partial lookup), each in its
 * `includes/` folder or at the path given; `_name.md` first, also in subfolders, without the
 * underscore and as `.md.erb`. The page becomes a list of segments, each one file's text with its
 * first line, so every warning can still name file:line, and the file render it belongs to.
 */
import fs from 'node:fs'
import path from 'node:path'
import { readSource } from './source-text.mjs'
import { translate } from './translations.mjs'

const shown = (dir) => `${path.relative(process.cwd(), dir) || '.'}/`

/**
 * `render`: Middleman renders the page and each partial it includes with a Markdown renderer of its
 * own (Slate's heading counter with it); a partial that is not Markdown (`_x.html.erb`) is pasted
 * into its caller's text, so its headings are counted by the caller's renderer.
 * @typedef {{ file: string, text: string, line: number, render: object }} Segment
 */

const isMarkdown = (file) => /\.(md|markdown|mdown|mkd|mkdn)(\.erb)?$/i.test(file)
const renderOf = (file, caller) => (isMarkdown(file) || !caller ? { file } : caller)

const EXTENSIONS = ['.md', '.md.erb', '.html.md', '.html.md.erb', '.markdown', '.html.erb', '.erb', '.html', '']

/**
 * The file an include name points to, or undefined. `name` may carry a folder; `root` is one folder
 * or several (the including file's own folder, then the site's), tried in order.
 */
export function resolvePartial(root, name) {
  if (Array.isArray(root)) {
    for (const dir of [...new Set(root)]) {
      const found = resolvePartial(dir, name)
      if (found) return found
    }
    return undefined
  }
  const clean = name.replace(/^\/+/, '')
  const dir = path.dirname(clean)
  const base = path.basename(clean)
  const folders = clean.startsWith('includes/') ? [dir] : [path.join('includes', dir), dir]
  for (const folder of folders) {
    // A folder named alone stands for its index partial (`overview` → `overview/_index.md.erb`).
    for (const stem of [`_${base}`, base, `${base}/_index`, `${base}/index`]) {
      for (const ext of EXTENSIONS) {
        const file = path.join(root, folder, stem + ext)
        if (fs.existsSync(file) && fs.statSync(file).isFile()) return file
      }
    }
  }
  return undefined
}

/**
 * How one locale's render found its partials and text (Middleman i18n): `code` is the locale as
 * Middleman named it, `templatesDir` its `localizable/` folder, `includePattern` a layout's locale
 * subfolder for includes (`includes/{locale}/{name}`), `strings` its `t(:key)` texts.
 * @typedef {{ code: string, templatesDir: string, includePattern?: string, strings: import('./translations.mjs').Strings }} RenderLocale
 */

/**
 * A partial as Middleman's i18n found it while rendering a locale: `name.<code>` first (beside the
 * page, then from the source folder), then the same in `localizable/`, then `localizable/name`,
 * then `name` (its locate_partial); without a locale, as resolvePartial.
 * @param {string | string[]} root @param {string} name @param {RenderLocale} [locale]
 */
export function resolveLocalized(root, name, locale) {
  if (!locale) return resolvePartial(root, name)
  const ext = path.extname(path.basename(name))
  const suffixed = ext ? `${name.slice(0, -ext.length)}.${locale.code}${ext}` : `${name}.${locale.code}`
  return (
    resolvePartial(root, suffixed) ??
    resolvePartial(root, path.join(locale.templatesDir, suffixed)) ??
    resolvePartial(root, path.join(locale.templatesDir, name)) ??
    resolvePartial(root, name)
  )
}

const PARTIAL = /^[ \t]*<%=\s*partial\s*\(?\s*:?["']([^"']+)["']((?:[^%]|%(?!>))*)%>[ \t]*$/

/**
 * `locals: { title: "Orders", :kind => 'list' }`: the plain string values a partial call hands
 * down. Inside the partial, `<%= title %>` (or `locals[:title]`) shows that text, as ERB did.
 */
export function partialLocals(args) {
  const locals = {}
  for (const m of args.matchAll(/:?([A-Za-z_]\w*)(?::\s*|\s*=>\s*)(?:"([^"]*)"|'([^']*)'|(\d+(?:\.\d+)?|true|false))/g)) {
    if (m[1] !== 'locals') locals[m[1]] = m[2] ?? m[3] ?? m[4]
  }
  return locals
}

const withLocals = (text, locals) =>
  Object.keys(locals).length === 0
    ? text
    : text.replace(/<%=\s*(?:locals\s*\[\s*:([A-Za-z_]\w*)\s*\]|([A-Za-z_]\w*))\s*%>/g, (all, a, b) => locals[a ?? b] ?? all)

/**
 * Splits a text at its ERB partial lines, reading each partial in turn (cycles refused).
 * @param {{ lookup: string[], file: string, text: string, line: number, warn: (at: string, message: string) => void,
 *   chain?: string[], locals?: Record<string, string>, render?: object, locale?: RenderLocale }} input
 *   lookup: where partial names are looked for after the including file's own folder (the page's
 *   folder, then the source folder); render: the render this text belongs to (a new one by default);
 *   locale: the locale rendered, whose partials and `t(:key)` texts are used
 * @returns {Segment[]}
 */
export function expandPartials({ lookup, file, text, line, warn, chain = [], locals = {}, render = { file }, locale }) {
  const segments = []
  // Middleman ran ERB only on `.erb` templates: elsewhere a `<%= t(:x) %>` was shown as written (a code sample about Rails, say).
  const erb = locale && /\.erb$/i.test(file) ? translate(text, locale.strings, (i, message) => warn(`${file}:${line + i}`, message)) : text
  const lines = withLocals(erb, locals).split('\n')
  let start = 0
  const flush = (end) => {
    if (end > start) segments.push({ file, text: lines.slice(start, end).join('\n'), line: line + start, render })
  }
  lines.forEach((current, i) => {
    const match = PARTIAL.exec(current)
    if (!match) return
    flush(i)
    start = i + 1
    const at = `${file}:${line + i}`
    const target = resolveLocalized([path.dirname(file), ...lookup], match[1], locale)
    if (!target) {
      warn(at, `partial "${match[1]}" not found (looked beside ${path.basename(file)} and in ${[...new Set(lookup)].map(shown).join(', ')}) — kept as text`)
      segments.push({ file, text: current, line: line + i, render })
    } else if (chain.includes(target)) {
      warn(at, `partial "${match[1]}" includes itself — skipped`)
    } else {
      const locals2 = { ...locals, ...partialLocals(match[2]) }
      segments.push(...expandPartials({ lookup, file: target, text: readSource(target), line: 1, warn, chain: [...chain, target], locals: locals2, render: renderOf(target, render), locale }))
    }
  })
  flush(lines.length)
  return segments
}

/**
 * The segments of the page's include lists, in order; a missing one is a warning at the line of
 * the front matter that names it.
 * @param {{ lookup: string[], file: string, names: string[], warn: (at: string, message: string) => void,
 *   key?: string, lineOf?: (name: string) => number, locale?: RenderLocale }} input
 *   locale: the locale rendered; a layout that names a locale subfolder for includes is followed first
 */
export function includeSegments({ lookup, file, names, warn, key = 'includes', lineOf = () => 1, locale }) {
  return names.flatMap((name) => {
    const pattern = locale?.includePattern?.replace('{locale}', locale.code).replace('{name}', name)
    const target = (pattern && resolvePartial(lookup, pattern)) || resolveLocalized(lookup, name, locale)
    if (!target) {
      const wanted = `includes/${name.replace(/([^/]+)$/, '_$1')}.md`
      warn(`${file}:${lineOf(name)}`, `include "${name}" (front-matter \`${key}\`) not found: there is no ${wanted} in ${[...new Set(lookup)].map(shown).join(' or ')} — add the file or remove the name; the page is imported without it`)
      return []
    }
    return expandPartials({ lookup, file: target, text: readSource(target), line: 1, warn, chain: [target], locale })
  })
}
