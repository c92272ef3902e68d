/**
 * Slate's YAML front matter: title, language_tabs, toc_footers, includes, search and whatever else
 * a site added. Known keys are read into one shape; every other key is handed back as `extra`
 * so nothing is dropped without a word.
 */
import { parse } from 'yaml'

const KNOWN = new Set(['title', 'language_tabs', 'toc_footers', 'includes', 'search'])

/**
 * @param {string} text  the whole page, already normalized
 * @returns {{ data: Record<string, any>, body: string, bodyLine: number, error?: string }}
 *   `bodyLine` is the 1-based source line where the body starts, so warnings keep true lines.
 */
export function splitFrontMatter(text) {
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text)
  if (!match) return { data: {}, body: text, bodyLine: 1 }
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0)
  const body = text.slice(match[0].length)
  try {
    const data = parse(match[1]) ?? {}
    if (typeof data !== 'object' || Array.isArray(data)) return { data: {}, body, bodyLine: bodyLine + 1, error: 'front matter is not a YAML mapping' }
    return { data, body, bodyLine: bodyLine + 1 }
  } catch (error) {
    return { data: {}, body, bodyLine: bodyLine + 1, error: `front matter is not valid YAML (${String(error.message).split('\n')[0]})` }
  }
}

/** `- shell`, `- shell: cURL` and `- python--pybit: Python (PyBit)` all become `{ key, label }`. */
export function languageTabs(value) {
  if (!Array.isArray(value)) return []
  return value.flatMap((entry) => {
    if (typeof entry === 'string') return [{ key: entry.trim(), label: undefined }]
    if (entry && typeof entry === 'object') {
      return Object.entries(entry).map(([key, label]) => ({ key: key.trim(), label: label == null ? undefined : String(label) }))
    }
    return []
  })
}

/** The include names, in order; YAML has already skipped commented-out entries. */
export function includeNames(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String) : []
}

/**
 * Every include list of a page, in front-matter order: `includes:`, and any other key a custom
 * layout may read (`includes_topics:`, `api_sections:`) holding a list of names. A key is taken when
 * its name says "include", or when every name in it is a partial that exists.
 * @param {Record<string, any>} data
 * @param {(name: string) => boolean} exists  whether an include name resolves to a file
 * @returns {{ key: string, names: string[] }[]}
 */
export function includeLists(data, exists) {
  const lists = []
  for (const [key, value] of Object.entries(data)) {
    if (KNOWN.has(key) && key !== 'includes') continue
    const names = includeNames(value)
    if (names.length === 0 || names.length !== value.length) continue
    if (key === 'includes' || /include/i.test(key) || names.every(exists)) lists.push({ key, names })
  }
  return lists
}

/** Front-matter keys the importer has no place for. */
export function extraKeys(data) {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !KNOWN.has(key)))
}
