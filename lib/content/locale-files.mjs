/**
 * A locale's own files beside its pages, each checked at its place: `strings.json` (the portal's
 * words in that locale: lib/locales/portal-strings.mjs) and the locale's `site.json` (its title,
 * description, toc footers and group titles; the page tree is the default locale's). Each problem
 * is `file:line:col what — how to fix`.
 */
import fs from 'node:fs'
import { LineCounter, isMap, parseDocument } from 'yaml'
import { jsonErrorPlace } from './json-error-place.mjs'
import { PORTAL_STRINGS } from '../locales/portal-strings.mjs'

/** The keys a locale's site.json may have: what readers of that locale see in other words. */
export const LOCALE_SETTINGS = ['title', 'description', 'tocFooters', 'groups']

/** A JSON object file: its data, and the place of each top-level key and each value under `groups`-like maps. */
function readObject(file, rel, errors) {
  const text = fs.readFileSync(file, 'utf8')
  try {
    JSON.parse(text)
  } catch {
    const { line, column } = jsonErrorPlace(text) ?? { line: 1, column: 1 }
    errors.push(`${rel}:${line}:${column} is not valid JSON — fix the syntax there (no trailing commas, keys in double quotes)`)
    return null
  }
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  if (!isMap(doc.contents)) {
    errors.push(`${rel}:1:1 must be one JSON object — write { "key": "text", … }`)
    return null
  }
  const at = (node) => {
    const { line, col } = lines.linePos(node?.range?.[0] ?? 0)
    return `${rel}:${line}:${col}`
  }
  return { data: JSON.parse(text), pairs: doc.contents.items, at }
}

/** Letters to change, add or drop to turn `a` into `b` (Levenshtein), case ignored. */
function distance(a, b) {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()]
  let row = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const next = [i]
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1))
    row = next
  }
  return row[y.length]
}

/** The key meant, for "did you mean": one a typo or two away, else the one sharing the longest start (four letters or more; a whole key best). */
function near(key) {
  const keys = Object.keys(PORTAL_STRINGS)
  const [close] = keys.map((known) => ({ known, d: distance(known, key) })).sort((a, b) => a.d - b.d)
  if (close && close.d <= 2) return close.known
  const shared = (known) => {
    let n = 0
    while (n < known.length && known[n].toLowerCase() === key[n]?.toLowerCase()) n++
    return n + (n === known.length ? 1 : 0)
  }
  const [best] = keys.map((known) => ({ known, n: shared(known) })).sort((a, b) => b.n - a.n)
  return best && best.n >= 4 ? best.known : undefined
}

/**
 * A strings file: the words it gives (over English), errors for keys the portal does not have and
 * values that are not text, and one warning naming the words it leaves in English.
 * @returns {{ strings: Record<string, string>, errors: string[], warnings: string[] }}
 */
export function readStrings(file, rel) {
  const errors = []
  const warnings = []
  const strings = {}
  if (!fs.existsSync(file)) return { strings, errors, warnings }
  const read = readObject(file, rel, errors)
  if (!read) return { strings, errors, warnings }
  for (const pair of read.pairs) {
    const key = String(pair.key?.value)
    const value = read.data[key]
    if (!(key in PORTAL_STRINGS)) {
      const guess = near(key)
      errors.push(`${read.at(pair.key)} unknown string "${key}" — ${guess ? `did you mean "${guess}"? ` : ''}use one of the keys listed in the README's Translations section, or remove it`)
    } else if (typeof value !== 'string' || !value.trim()) {
      errors.push(`${read.at(pair.value)} string "${key}" must be text — write "${key}": ${JSON.stringify(PORTAL_STRINGS[key])} in this locale's words`)
    } else {
      const wanted = [...PORTAL_STRINGS[key].matchAll(/\{(\w+)\}/g)].map((m) => m[0])
      const lost = wanted.filter((slot) => !value.includes(slot))
      if (lost.length) errors.push(`${read.at(pair.value)} string "${key}" lacks ${lost.join(' and ')} — keep ${lost.length > 1 ? 'them' : 'it'} in the text: that is where the portal puts the value`)
      else strings[key] = value
    }
  }
  const left = Object.keys(PORTAL_STRINGS).filter((key) => !(key in read.data))
  if (left.length && !errors.length) {
    warnings.push(`${rel}:1:1 warning: ${left.length} of the portal's words are not translated here, so they show in English (${left.slice(0, 4).join(', ')}${left.length > 4 ? ', …' : ''}) — add them`)
  }
  return { strings, errors, warnings }
}

/**
 * A locale's site.json: only the keys of LOCALE_SETTINGS; `groups` maps a group's title in the
 * default locale to its title here.
 * @returns {{ settings: { title?: string, description?: string, tocFooters?: string[], groups?: Record<string, string> }, errors: string[] }}
 */
export function readLocaleSettings(file, rel, groupTitles = new Set()) {
  const errors = []
  if (!fs.existsSync(file)) return { settings: {}, errors }
  const read = readObject(file, rel, errors)
  if (!read) return { settings: {}, errors }
  const settings = {}
  for (const pair of read.pairs) {
    const key = String(pair.key?.value)
    const value = read.data[key]
    if (!LOCALE_SETTINGS.includes(key)) {
      errors.push(`${read.at(pair.key)} "${key}" is not read in a locale's site.json — the site's own site.json sets it for every locale; here only ${LOCALE_SETTINGS.map((k) => `"${k}"`).join(', ')}`)
    } else if (key === 'tocFooters' ? !Array.isArray(value) || value.some((v) => typeof v !== 'string') : key === 'groups' ? !value || typeof value !== 'object' || Array.isArray(value) : typeof value !== 'string') {
      const shape = { title: '"title": "…"', description: '"description": "…"', tocFooters: '"tocFooters": ["…"]', groups: '"groups": { "Guides": "…" }' }[key]
      errors.push(`${read.at(pair.value)} "${key}" has the wrong shape — write ${shape}`)
    } else if (key === 'groups') {
      for (const entry of pair.value.items ?? []) {
        const title = String(entry.key?.value)
        if (!groupTitles.has(title)) errors.push(`${read.at(entry.key)} group "${title}" is not a group of the site — use a group title as the site's site.json writes it${groupTitles.size ? ` (${[...groupTitles].slice(0, 4).map((t) => `"${t}"`).join(', ')})` : ''}`)
        else if (typeof value[title] !== 'string' || !value[title].trim()) errors.push(`${read.at(entry.value)} group "${title}" needs its title as text — write "${title}": "…"`)
      }
      settings.groups = value
    } else settings[key] = value
  }
  return { settings, errors }
}
