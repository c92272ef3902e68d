/**
 * Reads the whole site once, before any page is rendered: the settings and the page tree, then
 * every page on every core (read-page.mjs: compiled, checked, described, made searchable and
 * Markdown), then what needs all pages at once: links between pages and the sample languages.
 * Each problem is one line, `content/x.mdx:12:3 what — how to fix`; errors stop the build, warnings
 * do not. Given `out`, each page's compiled code and Markdown are written there as soon as it is
 * read, so memory holds the pages' facts and search records, never their trees.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ContentError, readSettings } from './site-settings.mjs'
import { declaredLabel, siteLanguages } from '../languages/site-languages.mjs'
import { linkProblems } from './check-page-tree.mjs'
import { readPages } from './page-pool.mjs'
import { pageHistory } from './page-history.mjs'
import { pageAddress } from '../addresses/page-address.mjs'
import { pageCache } from './page-cache.mjs'
import { sourcePlace } from './source-place.mjs'

// A site served at a host's root, as one tree.
const ROOT = { prefix: '', basePath: '', own: [] }

/** Line and column of the first occurrence of `needle` in a text, for problems in site.json. */
function locate(text, needle) {
  const at = Math.max(0, text.indexOf(needle))
  const before = text.slice(0, at).split('\n')
  return { line: before.length, column: before.at(-1).length + 1 }
}

/**
 * @param {{ dir: string, cwd?: string, out?: string, cache?: ReturnType<typeof pageCache>, onRendered?: (slug: string, hast: any) => void,
 *   paths?: { prefix: string, basePath: string, own: string[] }, publicDirs?: string[] }} options
 *   dir: the content folder; cwd: what paths in messages are relative to; paths: where this content
 *   tree is served (lib/content/page-address.mjs; default: at the root), which every address of its
 *   pages carries; publicDirs: where its pictures may be (default: its `public/`, the one beside it
 *   and the project's); out: where compiled pages
 *   (`pages/<slug>.js`) and Markdown (`public/<slug>.md`) go; cache: pages read before (page-cache.mjs),
 *   taken as they are when unchanged; written: which version (cache key) of each page `out` holds
 *   already, kept up to date here, so an unchanged page is not written again; onRendered: hears each
 *   page's HTML tree
 * @returns {Promise<{ errors: string[], warnings: string[], site?: ReadSite, reread: string[], keys: Map<string, string> }>}
 *   reread: the pages compiled this time (the others came from the cache); keys: each page's version,
 *   which changes with its text, its included files, the settings and the portal's code
 * @typedef {{ dir: string, settings: any, home: string, pages: (import('./read-page.mjs').PageFacts & { editHref: string | null, updated: string | null })[],
 *   languages: { key: string, label: string }[], records: import('../search/records.mjs').SearchRecord[] }} ReadSite
 */
export async function readSite({ dir, cwd = process.cwd(), out, written, cache = pageCache(null), onRendered, paths = ROOT, publicDirs }) {
  const errors = []
  const warnings = []
  // A copy (a folder holding a generated API reference) is reported at the author's files and spec lines.
  const placeIn = sourcePlace(dir, cwd)
  const rel = (file) => placeIn(file, 0, 0).replace(/:0:0$/, '')
  const settingsFile = path.join(dir, 'site.json')
  const at = (place) => `${rel(settingsFile)}:${place.line}:${place.column}`
  const treeProblems = []
  let settings
  try {
    settings = readSettings(dir, treeProblems)
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    return { errors: [error.message.replace(/^[^:]+(?=:\d+:\d+ )/, rel(settingsFile))], warnings, reread: [], keys: new Map() }
  }
  for (const problem of treeProblems) errors.push(`${at(problem)} ${problem.message}`)
  settings.paths = paths
  const settingsText = fs.readFileSync(settingsFile, 'utf8')

  const pages = []
  for (const slug of settings.pages) {
    const file = path.join(dir, `${slug}.mdx`)
    if (!fs.existsSync(file)) errors.push(`${at(settings.pagePlaces.get(slug))} page "${slug}" is listed but ${rel(file)} does not exist — create the file or remove it from "pages"`)
    else pages.push({ slug, href: pageAddress(slug, settings.home, paths.prefix), local: pageAddress(slug, settings.home), file })
  }
  if (settings.pages.length === 0) errors.push(`${at(locate(settingsText, '"pages"'))} the site has no pages — list at least one in "pages", e.g. "pages": ["index"]`)
  else if (settings.home !== 'index') warnings.push(`${at(settings.pagePlaces.get(settings.home))} warning: there is no page "index", so "${settings.home}", the first page, is the home page at / — add "index" to "pages" to choose another`)
  if (settings.editUrl !== '' && !/^https?:\/\/[^/\s]+(\/\S*)?$/.test(String(settings.editUrl))) {
    errors.push(`${at(locate(settingsText, '"editUrl"'))} "editUrl" must be a web address that the page's path is added to — write e.g. "https://github.com/org/docs/edit/main/", or remove it`)
  }
  const listed = new Set(settings.pages)
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
    if (!listed.has(file.slice(0, -4))) warnings.push(`${rel(path.join(dir, file))}:1:1 warning: page is not listed in site.json "pages", so it is not built — add "${file.slice(0, -4)}" there`)
  }

  publicDirs ??= [...new Set([path.join(dir, 'public'), path.resolve(dir, '..', 'public'), path.join(cwd, 'public')])]
  if (out) for (const sub of ['pages', 'public']) fs.mkdirSync(path.join(out, sub), { recursive: true })
  const read = new Map()
  const broken = new Set()
  const keys = new Map()
  const keep = (page, result) => {
    if (result.error) {
      broken.add(page.slug)
      read.set(page.slug, result)
      return
    }
    if (out && written?.get(page.slug) !== keys.get(page.slug)) {
      fs.writeFileSync(path.join(out, 'pages', `${page.slug}.js`), result.code)
      fs.writeFileSync(path.join(out, 'public', `${page.slug}.md`), result.markdown)
      written?.set(page.slug, keys.get(page.slug))
    }
    read.set(page.slug, { facts: result.facts, records: result.records, problems: result.problems, links: result.links })
  }
  const fresh = []
  for (const page of pages) {
    const key = cache.keyOf(page.file, settings)
    const known = onRendered ? undefined : cache.get(key)
    if (known) {
      keys.set(page.slug, known.version)
      keep(page, known)
    } else {
      keys.set(page.slug, key)
      fresh.push(page)
    }
  }
  await readPages(fresh, { settings, publicDirs, onRendered }, (page, result) => {
    keys.set(page.slug, cache.set(keys.get(page.slug), result))
    keep(page, result)
  })
  const reread = fresh.map((page) => page.slug)

  // In page order, whichever worker finished first.
  for (const page of pages) {
    const failed = read.get(page.slug)?.error
    if (failed) errors.push(`${placeIn(failed.file, failed.line, failed.column)} ${failed.message}`)
  }
  const anchors = new Map([...read].filter(([, r]) => !r.error).map(([slug, { facts }]) => [slug, new Set(facts.ids)]))
  const used = new Set()
  const history = pageHistory(dir, settings)
  const facts = []
  for (const page of pages) {
    const done = read.get(page.slug)
    if (!done || done.error) continue
    const problems = [...done.problems, ...linkProblems({ ...page, href: page.local }, done.links, { anchors, broken, home: settings.home }).map((p) => ({ file: page.file, ...p }))]
    problems.sort((a, b) => a.line - b.line || a.column - b.column)
    for (const p of problems) errors.push(`${placeIn(p.file, p.line, p.column)} ${p.message}`)
    for (const key of done.facts.samples) used.add(key)
    facts.push({ ...done.facts, ...history(done.facts.file, done.facts.includes) })
  }
  for (const tab of settings.languageTabs) {
    if (!used.has(tab.key)) warnings.push(`${at(locate(settingsText, `"${tab.key}"`))} warning: language "${tab.key}" is in languageTabs but no sample uses it — remove it or add a sample`)
  }
  for (const key of used) {
    if (!declaredLabel(key, settings)) warnings.push(`${rel(settingsFile)}:1:1 warning: sample language "${key}" has no display name — add "${key}": "Name" to languageNames`)
  }
  if (errors.length) return { errors, warnings, reread, keys }
  const languages = siteLanguages(settings, facts.flatMap((page) => page.groups))
  const records = facts.flatMap((page) => read.get(page.slug).records)
  return { errors, warnings, reread, keys, site: { dir, settings, home: settings.home, pages: facts, languages, records } }
}
