/**
 * One locale of an imported site as a content folder the content check reads like any other:
 * a locale folder has the content folder's layout (docs: locales), so it is taken as it is, with
 * what a reader of that locale is shown besides: the default locale's pages it has not translated,
 * the site's settings under its own title and footers, the site's pictures.
 */
import fs from 'node:fs'
import path from 'node:path'

/**
 * @param {string} content  an imported content folder
 * @param {string} tag  one of its locales (site.json `locales`), not the default
 * @param {string} out  an empty folder to write the locale's folder to
 * @returns {{ dir: string, own: Set<string> }}  own: the slugs of the locale's own pages
 */
export function localeContentFolder(content, tag, out) {
  const folder = path.join(content, 'locales', tag)
  const { locales, ...settings } = JSON.parse(fs.readFileSync(path.join(content, 'site.json'), 'utf8'))
  const ownSettings = fs.existsSync(path.join(folder, 'site.json')) ? JSON.parse(fs.readFileSync(path.join(folder, 'site.json'), 'utf8')) : {}
  fs.mkdirSync(out, { recursive: true })
  for (const dir of [path.join(content, 'public'), path.join(folder, 'public')]) {
    if (fs.existsSync(dir)) fs.cpSync(dir, path.join(out, 'public'), { recursive: true })
  }
  const own = new Set()
  for (const name of fs.readdirSync(folder)) {
    if (name === 'site.json' || name === 'public') continue
    fs.cpSync(path.join(folder, name), path.join(out, name), { recursive: true })
    if (name.endsWith('.mdx')) own.add(name.slice(0, -4))
  }
  for (const name of fs.readdirSync(content)) {
    if (name.endsWith('.mdx') && !own.has(name.slice(0, -4))) fs.copyFileSync(path.join(content, name), path.join(out, name))
  }
  const { groups, ...rest } = ownSettings
  fs.writeFileSync(path.join(out, 'site.json'), `${JSON.stringify({ ...settings, ...rest }, null, 2)}\n`)
  return { dir: out, own }
}
