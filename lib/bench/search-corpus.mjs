/**
 * The search corpora: the portal's search records ({ href, anchor, path, text, code }, one per
 * h1-h3 section), made by its own lib/search/records.mjs when present, else by a reader here that
 * cuts sections the same way. Every engine gets the same records, so only the engines differ.
 *
 * Sources, best first: the Slate docs in ../shared/corpus imported with the portal's importer; else
 * those docs read as plain Markdown (the importer is not on every branch yet); else content/ alone.
 * The EVNEX pages are always in, so terminal-name queries have something to find, and so are the
 * bench's own Chinese, Japanese and Korean sections, for the CJK queries. Sizes beyond what
 * the sources hold are made by repeating the sections under new ids: posting lists grow as in a
 * larger site, the vocabulary does not, which is the hard case for latency and the easy one for size.
 */
import fs from 'node:fs'
import path from 'node:path'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import { toString } from 'mdast-util-to-string'
import { loadSite } from '../content/load-site.mjs'
import { createSlugger } from '../mdx/slate-slug.mjs'
import { CORPUS_ROOT, importSlate } from './large-corpus.mjs'
import { cjkSections } from './cjk-sections.mjs'

// Leaf texts joined by spaces, so table cells and list items do not run together as toString's do.
const text = (node) => {
  if (node.type === 'html') return node.value.replace(/<[^>]*>/g, ' ')
  if (typeof node.value === 'string') return node.value
  return (node.children ?? []).map(text).join(' ')
}

const hasHeading = (node) => node.type === 'heading' || Boolean(node.children?.some(hasHeading))

/**
 * Records cut at h1-h3 (the fallback for lib/search/records.mjs); text before the first heading is
 * dropped. The portal's plugins wrap headings in layout elements, so containers holding one are
 * walked into.
 */
export function sectionsOf(tree, href) {
  const slugger = createSlugger()
  const sections = []
  const walk = (node) => {
    if (node.type === 'heading' && node.depth <= 3) {
      const title = toString(node)
      sections.push({ href, anchor: node.data?.id ?? slugger.slug(title), path: [title], text: [], code: [] })
    } else if (node.type !== 'heading' && hasHeading(node)) {
      node.children.forEach(walk)
    } else if (sections.length) {
      sections.at(-1)[node.type === 'code' ? 'code' : 'text'].push(text(node))
    }
  }
  tree.children.forEach(walk)
  const clean = (parts) => parts.join('\n').replace(/\s+/g, ' ').trim()
  return sections.map((s) => ({ ...s, text: clean(s.text), code: clean(s.code) }))
}

/** A Slate page with its `includes:` spliced in, parsed as GitHub Markdown (the fallback reader). */
function readSlatePage(file) {
  const source = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source)
  const includes = [...(front?.[1].split(/\nincludes:\n/)[1] ?? '').matchAll(/^\s+-\s+(\S+)\s*$/gm)].map((m) => m[1])
  const parts = [source.slice(front?.[0].length ?? 0)]
  for (const name of includes) {
    const include = path.join(path.dirname(file), 'includes', path.dirname(name), `_${path.basename(name)}.md`)
    if (fs.existsSync(include)) parts.push(fs.readFileSync(include, 'utf8').replace(/\r\n?/g, '\n'))
  }
  return unified().use(remarkParse).use(remarkGfm).runSync(unified().use(remarkParse).use(remarkGfm).parse(parts.join('\n\n')))
}

/** The Slate pages of ../shared/corpus (index.md or *.html.md at each repository's top). */
function slatePages() {
  if (!fs.existsSync(CORPUS_ROOT)) return []
  return fs.readdirSync(CORPUS_ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((dir) =>
    fs.readdirSync(path.join(CORPUS_ROOT, dir.name)).filter((f) => f.endsWith('.html.md') || f === 'index.md').map((f) => path.join(CORPUS_ROOT, dir.name, f)))
}

async function siteSections(dir, prefix) {
  const site = await loadSite(dir)
  const portal = await portalRecords()
  const records = portal ? portal(site) : site.pages.flatMap((page) => sectionsOf(page.tree, page.href))
  return records.map((record) => ({ ...record, href: `${prefix}${record.href}` }))
}

/** The portal's own record maker, or null on a branch without it. */
async function portalRecords() {
  if (!fs.existsSync(new URL('../search/records.mjs', import.meta.url))) return null
  return (await import('../search/records.mjs')).siteRecords
}

/**
 * The base sections and where they came from.
 * @returns {Promise<{ source: string, sections: import('./search-engines.mjs').Rec[] }>}
 */
export async function baseSections() {
  const { source, sections } = await latinSections()
  const cjk = cjkSections()
  // First, as the EVNEX pages are, so a corpus cut short (1,000 sections) still holds them.
  return { source: `${cjk.length} CJK sections written for the bench + ${source}`, sections: [...cjk, ...sections] }
}

/** The EVNEX and Slate sections, all English. */
async function latinSections() {
  const own = await siteSections(path.resolve('content'), '/evnex')
  const pages = slatePages()
  if (!pages.length) return { source: 'content/ only (no ../shared/corpus)', sections: own }
  const imported = []
  let skipped
  for (const file of pages) {
    const result = importSlate([file])
    if ('skipped' in result) {
      skipped = result.skipped
      break
    }
    imported.push(...(await siteSections(result.dir, `/${path.basename(path.dirname(file))}/${path.basename(file)}`)))
    fs.rmSync(result.dir, { recursive: true, force: true })
  }
  if (!skipped) return { source: `${(await portalRecords()) ? 'portal records' : 'bench records'} of content/ + ${pages.length} Slate pages imported with the portal's importer`, sections: [...own, ...imported] }
  const read = pages.flatMap((file) => sectionsOf(readSlatePage(file), `/${path.basename(path.dirname(file))}/${path.basename(file)}/`))
  return { source: `content/ + ${pages.length} Slate pages read as plain Markdown (${skipped})`, sections: [...own, ...read] }
}

/** Exactly `size` sections: the base ones, repeated under new ids as often as needed. */
export function corpusOfSize(base, size) {
  return Array.from({ length: size }, (_, i) => {
    const copy = Math.floor(i / base.length)
    const section = base[i % base.length]
    return copy ? { ...section, href: `/copy-${copy}${section.href}` } : section
  })
}
