/**
 * A Slate site's pages, found as Middleman finds them: the repository's `source/` folder (or the
 * folder given), every page template in it at any depth (`*.html.md`, `*.html.md.erb`,
 * `*.html.erb`, and plain `*.md`), `localizable/` too; partials (`_x.md`), everything under
 * `includes/` and `layouts/`, and READMEs are not pages. `index` comes first (then its other
 * locales and subfolder indexes), the others after it in path order.
 */
import fs from 'node:fs'
import path from 'node:path'
import { sourceName } from './source-names.mjs'

const TEMPLATE = /\.(html\.erb|md|markdown)(\.erb)?$/i
// A repository's own notes (README.md), not a page; `changelog.html.md` is one.
const NOT_PAGES = /^(readme|changelog|license|licence|contributing|code_of_conduct|security)\.(md|markdown)$/i
const NOT_SOURCE = new Set(['includes', 'layouts', 'node_modules', 'build', 'vendor'])

const isDir = (dir) => fs.existsSync(dir) && fs.statSync(dir).isDirectory()

/** The folder Middleman reads pages from: `<repo>/source`, or the folder itself. */
export const sourceFolder = (folder) => (isDir(path.join(folder, 'source')) ? path.join(folder, 'source') : folder)

function templatesUnder(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!NOT_SOURCE.has(entry.name)) templatesUnder(full, out)
    } else if (entry.isFile() && TEMPLATE.test(entry.name) && !NOT_PAGES.test(entry.name)) out.push(full)
  }
  return out
}

/**
 * @param {string} folder  a Slate repository, its `source/`, or any folder of pages
 * @returns {{ root: string, pages: string[] }}  root: the source folder the pages are served from
 */
export function findPages(folder) {
  const root = sourceFolder(folder)
  const rank = (file) => {
    const served = sourceName(file, root).served
    return served === 'index.html' ? 0 : /(^|\/)index\.html$/.test(served) ? 1 : 2
  }
  const pages = templatesUnder(root, [])
    .map((file) => ({ file, rank: rank(file), served: sourceName(file, root).served }))
    .sort((a, b) => a.rank - b.rank || a.served.split('/').length - b.served.split('/').length || a.served.localeCompare(b.served))
    .map((p) => p.file)
  return { root, pages }
}

/** @param {string} folder @returns {string[]} the pages of the site in `folder` (see findPages) */
export const sourcePages = (folder) => findPages(folder).pages
