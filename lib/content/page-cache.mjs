/**
 * Pages already read, kept on disk between builds and previews (`node_modules/.cache/evnex-portal/pages/`,
 * where the dev server's file watcher does not look, and which a fresh `npm ci` empties): a page whose
 * file, included files, site settings and portal code are all unchanged is not compiled again. The
 * key is a hash of the page's own text, the settings that change what it compiles to, and the
 * portal's code that reads pages; the files it includes are checked by their own hashes, since a
 * page does not know them until it is read.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const lib = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
// What turns a page's text into what is kept: the plugins, the reader, records and Markdown.
const READERS = ['mdx', 'content', 'markdown', 'search']

const hashOf = (...parts) => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

let codeKey
/** A hash of the portal's page-reading code and the installed packages. */
function portalKey() {
  if (codeKey) return codeKey
  const files = READERS.flatMap((folder) => fs.readdirSync(path.join(lib, folder)).filter((name) => name.endsWith('.mjs')).sort().map((name) => path.join(lib, folder, name)))
  const lock = path.join(lib, '..', 'package-lock.json')
  codeKey = hashOf(...[...files, lock].map((file) => (fs.existsSync(file) ? fs.readFileSync(file) : '')))
  return codeKey
}

/** The portal's own folder for what it keeps between runs. */
export const portalCache = (root, name) => path.join(root, 'node_modules', '.cache', 'evnex-portal', name)

const fileHash = (file) => (fs.existsSync(file) ? hashOf(fs.readFileSync(file)) : 'missing')

/**
 * @param {string | null} dir where entries live; null keeps nothing
 * @param {{ remember?: boolean }} [options] remember: also keep entries in memory (the preview reads
 *   the site again at every save; a build reads it once)
 */
export function pageCache(dir, { remember = false } = {}) {
  const memory = new Map()
  const fileOf = (key) => path.join(/** @type {string} */ (dir), `${key}.json`)
  return {
    /** The key of a page as it is now, under these settings. */
    keyOf(file, settings) {
      const relevant = JSON.stringify([settings.responseLanguages, settings.languageTabs, settings.siteUrl, settings.home, settings.paths, file])
      return hashOf(portalKey(), relevant, fs.readFileSync(file))
    },
    /** @returns {any} the page read under `key`, if its included files are unchanged too */
    get(key) {
      if (!dir) return undefined
      let entry = memory.get(key)
      if (!entry && fs.existsSync(fileOf(key))) {
        try {
          entry = JSON.parse(fs.readFileSync(fileOf(key), 'utf8'))
        } catch {
          return undefined
        }
      }
      if (!entry) return undefined
      const unchanged = Object.entries(entry.includeHashes ?? {}).every(([file, hash]) => fileHash(file) === hash)
      if (!unchanged) return undefined
      if (remember) memory.set(key, entry)
      return entry
    },
    /** Keeps a page just read; returns its version: the key and its included files' contents. */
    set(key, result) {
      // A page with problems is read again next time: what it lacked (a picture in public/) may be there by then.
      if (result.error || result.problems.length) return key
      const includeHashes = Object.fromEntries(result.facts.includes.map((file) => [file, fileHash(file)]))
      const entry = { ...result, includeHashes, version: hashOf(key, JSON.stringify(includeHashes)) }
      if (remember) memory.set(key, entry)
      if (dir) {
        fs.mkdirSync(dir, { recursive: true })
        fs.writeFileSync(fileOf(key), JSON.stringify(entry))
      }
      return entry.version
    },
  }
}
