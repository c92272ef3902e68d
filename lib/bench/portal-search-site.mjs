/**
 * The portal as the browser runs of the bench search it: the EVNEX export, its search/ folder
 * swapped for a corpus's search files (one piece or many, as lib/search/split.mjs cuts them).
 */
import fs from 'node:fs'
import path from 'node:path'
import { exportSearch } from '../search/query.mjs'
import { splitSearch } from '../search/split.mjs'

/**
 * @param {string} exportDir the built export to copy
 * @param {string} dir where the site goes (must not exist)
 * @param {import('../search/records.mjs').SearchRecord[]} records
 * @param {import('../search/split.mjs').SplitOptions} [splitOptions]
 * @returns {string} dir
 */
export function writePortalSearchSite(exportDir, dir, records, splitOptions) {
  fs.cpSync(exportDir, dir, { recursive: true })
  fs.rmSync(path.join(dir, 'search'), { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'search'))
  const { manifest, files } = splitSearch(exportSearch(records), splitOptions)
  for (const [name, text] of files) fs.writeFileSync(path.join(dir, 'search', name), text)
  fs.writeFileSync(path.join(dir, 'search/manifest.json'), JSON.stringify(manifest))
  return dir
}
