/**
 * Writes the search data into a built site: out/search/manifest.json and the pieces it names
 * (lib/search/split.mjs), fetched by the search dialog as queries need them. Nothing is written
 * when the site settings turn search off.
 */
import fs from 'node:fs'
import path from 'node:path'
import { siteRecords } from './records.mjs'
import { exportSearch } from './query.mjs'
import { splitSearch } from './split.mjs'

/** The folder of the search files and the manifest the client fetches first, relative to the site root. */
export const SEARCH_DIR = 'search'
export const SEARCH_FILE = `${SEARCH_DIR}/manifest.json`

/**
 * @param {string} outDir the built site
 * @param {{ settings: { search: boolean }, records?: import('./records.mjs').SearchRecord[], pages?: any[] }} site
 *   records: the site's search records when already read (lib/content/read-site.mjs), else read from its pages
 * @param {import('./split.mjs').SplitOptions} [options]
 * @returns {Promise<string | null>} the manifest written, or null when search is off
 */
export async function writeSearchFiles(outDir, site, options) {
  if (!site.settings.search) return null
  const dir = path.join(outDir, SEARCH_DIR)
  fs.mkdirSync(dir, { recursive: true })
  const { manifest, files } = splitSearch(exportSearch(site.records ?? siteRecords(/** @type {any} */ (site))), options)
  for (const [name, text] of files) fs.writeFileSync(path.join(dir, name), text)
  const file = path.join(outDir, SEARCH_FILE)
  fs.writeFileSync(file, JSON.stringify(manifest))
  return file
}
