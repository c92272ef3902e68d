/**
 * What a Slate source file was on the served site: Middleman serves each page at its path under
 * the source folder, so `v3.html.md` was `/v3.html`, `docs/index.html.md` was `/docs/index.html`,
 * `index.md` was `/index.html`, and, with Middleman's i18n, `localizable/index.cn.html.md` was
 * `/cn/index.html` (a page in `localizable/` is served as if it were one folder up).
 */
import fs from 'node:fs'
import path from 'node:path'

// `name.cn.html.md`, `name.pt-BR.html.md`: a two-letter locale (and region) between the page name and its extensions.
const LOCALE = /^(.+)\.([a-z]{2}(?:[-_][A-Za-z]{2,4})?)$/

/** The folder a page is served from: its own, or its parent for `localizable/`. */
export function siteRoot(file) {
  const dir = path.dirname(path.resolve(file))
  return path.basename(dir) === 'localizable' ? path.dirname(dir) : dir
}

/**
 * @param {string} file
 * @param {string} [root]  the site's source folder (default: the page's own, see siteRoot)
 * @returns {{ served: string, prefix: string, locale: string }}  prefix: what the page's slugs start with
 */
export function sourceName(file, root = siteRoot(file)) {
  const folder = path.relative(path.resolve(root), siteRoot(file)).split(path.sep).filter((part) => part && part !== '..').join('/')
  const stem = path.basename(file).replace(/\.(md|markdown|erb)(\.erb)?$/, '').replace(/\.html$/, '')
  const match = LOCALE.exec(stem)
  const [name, locale] = match ? [match[1], match[2]] : [stem, '']
  const served = [locale, folder, `${name}.html`].filter(Boolean).join('/')
  const prefix = [locale, folder, name === 'index' ? '' : name].filter(Boolean).join('-').replace(/[^\w.-]+/g, '-')
  return { served, prefix, locale }
}

/** `v3.html.md` → `v3.html`: the URL Slate served the page at. */
export const servedName = (file, root) => sourceName(file, root).served

const isDir = (dir) => fs.existsSync(dir) && fs.statSync(dir).isDirectory()
const has = (dir, name) => fs.existsSync(path.join(dir, name))

/**
 * The site's source folder, which Middleman serves pages from and looks partials up in: the
 * nearest folder above the pages named `source`, or holding Slate's `layouts/`, or beside a
 * `config.rb`; the search stops at the top of a project (`.git`, `config.rb`, `Gemfile`). Without
 * one, the folder all pages share.
 * @param {string[]} files
 */
export function findSourceRoot(files) {
  const roots = files.map(siteRoot)
  const common = roots.reduce((a, b) => {
    while (a !== path.dirname(a) && path.relative(a, b).startsWith('..')) a = path.dirname(a)
    return a
  }, roots[0] ?? process.cwd())
  for (let dir = common; ; dir = path.dirname(dir)) {
    if (path.basename(dir) === 'source' || isDir(path.join(dir, 'layouts')) || has(path.dirname(dir), 'config.rb')) return dir
    if (['.git', 'config.rb', 'Gemfile'].some((name) => has(dir, name)) || dir === path.dirname(dir)) return common
  }
}
