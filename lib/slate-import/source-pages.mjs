/**
 * A Slate doc set's page files: its top-level Markdown pages, `index` first; partials (`_x.md`),
 * READMEs and subfolders are not pages.
 */
import fs from 'node:fs'
import path from 'node:path'

/** @param {string} folder @returns {string[]} */
export function sourcePages(folder) {
  const names = fs.readdirSync(folder).filter((n) => /\.(md|markdown)(\.erb)?$/.test(n) && !n.startsWith('_') && !/^readme\./i.test(n) && fs.statSync(path.join(folder, n)).isFile())
  const rank = (n) => (/^index\./.test(n) ? 0 : 1)
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((n) => path.join(folder, n))
}
