/**
 * What a Slate source file was on the served site: `v3.html.md` was `/v3.html`, `index.md` was
 * `/index.html`, and, with Middleman's i18n, `index.cn.html.md` was `/cn/index.html` (a file in
 * `source/localizable/` is a page like any other; its includes live one folder up, at the site root).
 */
import path from 'node:path'

// `name.cn.html.md`, `name.pt-BR.html.md`: a two-letter locale (and region) between the page name and its extensions.
const LOCALE = /^(.+)\.([a-z]{2}(?:[-_][A-Za-z]{2,4})?)$/

/** @param {string} file @returns {{ served: string, prefix: string, locale: string }} */
export function sourceName(file) {
  const stem = path.basename(file).replace(/\.(md|markdown)(\.erb)?$/, '').replace(/\.html$/, '')
  const match = LOCALE.exec(stem)
  if (match) {
    const [, name, locale] = match
    return { served: `${locale}/${name}.html`, prefix: name === 'index' ? locale : `${locale}-${name}`, locale }
  }
  return { served: `${stem}.html`, prefix: stem === 'index' ? '' : stem, locale: '' }
}

/** `v3.html.md` → `v3.html`: the URL Slate served the page at. */
export const servedName = (file) => sourceName(file).served

/** The folder Slate's site was built from: the page's own, or its parent for `localizable/`. */
export function siteRoot(file) {
  const dir = path.dirname(file)
  return path.basename(dir) === 'localizable' ? path.dirname(dir) : dir
}
