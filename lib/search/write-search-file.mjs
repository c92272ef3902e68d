/**
 * Writes the search data into a built site: out/search/index.json, fetched by the search box the
 * first time it is used. Nothing is written when the site settings turn search off.
 */
import fs from 'node:fs'
import path from 'node:path'
import { loadSite } from '../content/load-site.mjs'
import { siteRecords } from './records.mjs'
import { exportSearch } from './query.mjs'
import { searchJson } from './pack.mjs'

/** The URL the client fetches, relative to the site root. */
export const SEARCH_FILE = 'search/index.json'

/** @returns {Promise<string | null>} the file written, or null when search is off */
export async function writeSearchFiles(outDir, site) {
  site ??= await loadSite()
  if (!site.settings.search) return null
  const file = path.join(outDir, SEARCH_FILE)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, searchJson(exportSearch(siteRecords(site))))
  return file
}
