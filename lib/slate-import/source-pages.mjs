/**
 * A Slate doc set's page files: its top-level Markdown pages and those in Middleman's
 * `localizable/` folder, `index` first (its locale versions after it); partials (`_x.md`), READMEs
 * and other subfolders are not pages.
 */
import fs from 'node:fs'
import path from 'node:path'

const isPage = (folder, n) => /\.(md|markdown)(\.erb)?$/.test(n) && !n.startsWith('_') && !/^readme\./i.test(n) && fs.statSync(path.join(folder, n)).isFile()

/** @param {string} folder @returns {string[]} */
export function sourcePages(folder) {
  const local = path.join(folder, 'localizable')
  const files = fs.readdirSync(folder).filter((n) => isPage(folder, n)).map((n) => path.join(folder, n))
  if (fs.existsSync(local) && fs.statSync(local).isDirectory()) files.push(...fs.readdirSync(local).filter((n) => isPage(local, n)).map((n) => path.join(local, n)))
  const rank = (f) => {
    const n = path.basename(f)
    return /^index\.(html\.)?(md|markdown)(\.erb)?$/.test(n) ? 0 : /^index\./.test(n) ? 1 : 2
  }
  return files.sort((a, b) => rank(a) - rank(b) || path.basename(a).localeCompare(path.basename(b)))
}
