/**
 * The site settings (content/site.json): title, sample languages, footers, search, page order.
 * Authors edit the file; the Slate importer writes it. Problems are reported against the file.
 */
import fs from 'node:fs'
import path from 'node:path'
import { jsonErrorPlace } from './json-error-place.mjs'
import { readPageTree } from './page-tree.mjs'

/** The content folder: CONTENT_DIR when set (an imported site), else content/. */
export function contentDir() {
  return path.resolve(process.env.CONTENT_DIR || 'content')
}

export class ContentError extends Error {
  /** @param {string} file @param {number} line @param {number} column @param {string} message */
  constructor(file, line, column, message) {
    super(`${file}:${line}:${column} ${message}`)
    this.name = 'ContentError'
  }
}

const DEFAULTS = {
  description: '',
  siteUrl: 'http://localhost:3000',
  languageTabs: [],
  languageNames: {},
  responseLanguages: ['json', 'text'],
  tocFooters: [],
  search: true,
  // The prefix of "Edit this page" links, e.g. https://github.com/org/docs/edit/main/; '' means none.
  editUrl: '',
  // Where the site is published, e.g. /docs (BASE_PATH overrides it); '' is a host's root.
  basePath: '',
  // Older versions, newest first: [{ "name": "1.x", "label": "Firmware 1.x" }], each in versions/<name>/.
  versions: [],
  pages: [],
}

/**
 * Reads and checks the settings; `rel` is how errors name the file. `pages` comes out as the flat
 * list of slugs, `pageTree` as the sidebar's groups (lib/content/page-tree.mjs), `home` as the page
 * at `/`: `index`, or the first page when there is none. Problems in the page tree go to `problems`
 * when given (each `{ line, column, message }`), else the first is thrown.
 * @param {string} [dir] @param {{ line: number, column: number, message: string }[]} [problems]
 */
export function readSettings(dir = contentDir(), problems) {
  const file = path.join(dir, 'site.json')
  const rel = path.relative(process.cwd(), file)
  if (!fs.existsSync(file)) throw new ContentError(rel, 1, 1, 'settings file is missing — create it with at least {"title": "…", "pages": ["index"]}')
  const text = fs.readFileSync(file, 'utf8')
  let data
  try {
    data = JSON.parse(text)
  } catch {
    const place = jsonErrorPlace(text) ?? { line: 1, column: 1 }
    const found = text[text.split('\n').slice(0, place.line - 1).join('\n').length + (place.line > 1 ? 1 : 0) + place.column - 1]
    const what = found === undefined ? 'the file ends too early' : `unexpected \`${found}\``
    throw new ContentError(rel, place.line, place.column, `settings file is not valid JSON: ${what} — fix the syntax there (no trailing commas, keys in double quotes)`)
  }
  if (typeof data.title !== 'string' || !data.title.trim()) {
    throw new ContentError(rel, 1, 1, 'settings have no title — add "title": "Your Docs"')
  }
  const settings = { ...DEFAULTS, ...data }
  const tree = readPageTree(text)
  if (tree.problems.length && !problems) {
    const [first] = tree.problems
    throw new ContentError(rel, first.line, first.column, first.message)
  }
  problems?.push(...tree.problems)
  settings.pages = tree.slugs
  settings.pageTree = tree.tree
  settings.pagePlaces = tree.places
  settings.home = tree.slugs.includes('index') ? 'index' : (tree.slugs[0] ?? 'index')
  settings.languageTabs = settings.languageTabs.map((tab) => (typeof tab === 'string' ? { key: tab, label: tab } : tab))
  return settings
}
