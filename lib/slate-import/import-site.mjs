/**
 * The whole import, in memory: Slate source pages (with their includes) in, the portal's content
 * folder out as a list of files, plus counts and warnings. Nothing is written here (see writer.mjs).
 */
import fs from 'node:fs'
import path from 'node:path'
import { readSource } from './source-text.mjs'
import { includeNames, languageTabs, splitFrontMatter } from './front-matter.mjs'
import { expandPartials, includeSegments } from './includes.mjs'
import { segmentToMdx } from './to-mdx.mjs'
import { createPageSlugger, splitSections } from './split-pages.mjs'
import { repairMdx } from './validate-mdx.mjs'
import { pairAnchors, portalHeadings, slateIds } from './anchors.mjs'
import { retargetLinks } from './links.mjs'
import { buildSettings } from './settings.mjs'
import { redirectStub } from './redirect-stub.mjs'
import { pageHref } from '../content/load-site.mjs'

/** `v3.html.md` → `v3.html`, `index.md` → `index.html`: the URL Slate served the page at. */
export const servedName = (file) => `${path.basename(file).replace(/\.(md|markdown)(\.erb)?$/, '').replace(/\.html$/, '')}.html`

/**
 * @param {string[]} sources  Slate page files; the first becomes the home page
 * @param {{ progress?: (line: string) => void }} [options]
 */
export function importSlate(sources, { progress = () => {} } = {}) {
  const warnings = []
  const warn = (at, message) => warnings.push(`${at} ${message}`)
  const stats = { codeBlocks: 0, tables: 0, asides: 0, commentsDropped: 0, headings: 0, includes: 0 }
  const slugOf = createPageSlugger()
  const langs = new Set()
  const fronts = []
  const pages = []
  const images = new Map()
  const oldHeadings = []

  sources.forEach((file, index) => {
    const root = path.dirname(file)
    const { data, body, bodyLine, error } = splitFrontMatter(readSource(file))
    if (error) warn(`${file}:1`, error)
    fronts.push({ data, file })
    const names = includeNames(data.includes)
    const segments = [...expandPartials({ root, file, text: body, line: bodyLine, warn }), ...includeSegments({ root, file, names, warn })]
    stats.includes += names.length
    const used = new Set()
    const imageExists = (url) => fs.existsSync(path.resolve(root, url))
    const parts = segments.map((segment) => segmentToMdx(segment, { warn, stats, images: used, langs, imageExists }))
    for (const url of used) images.set(path.resolve(root, url), url)
    // Where each part starts in the joined text, to map a page line back to its source file:line.
    let offset = 0
    const starts = parts.map((part) => {
      const start = offset
      offset += part.mdx.length + 2
      return start
    })
    const joined = parts.map((p) => p.mdx).join('\n\n')
    const whereIs = (at) => {
      let i = starts.length - 1
      while (i > 0 && starts[i] > at) i--
      return parts[i]?.whereIs(at - starts[i]) ?? `${file}:1`
    }
    const headings = parts.flatMap((p) => p.headings)
    stats.headings += headings.length
    const name = servedName(file)
    oldHeadings.push({ name, index, ids: slateIds(headings) })
    const sections = splitSections(joined)
    if (typeof data.warning === 'string' && data.warning.trim()) {
      sections[0].mdx = sections[0].mdx.replace(/^(#[^\n]*\n)?/, (h) => `${h}\n<Aside type="warning">\n${data.warning.replace(/[{}]/g, '\\$&')}\n</Aside>\n\n`)
      warn(`${file}:1`, 'front-matter `warning` shown as a warning aside at the top of the first page')
    }
    for (const section of sections) {
      const slug = index === 0 && pages.length === 0 ? 'index' : slugOf(section.title, index === 0 ? '' : name.replace(/\.html$/, ''))
      const lead = section.mdx.length ? joined.indexOf(section.mdx[0], section.offset) : section.offset
      const mdx = repairMdx(section.mdx, (line, message) => {
        const local = section.mdx.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0)
        warn(whereIs(lead + local), message)
      })
      pages.push({ slug, href: pageHref(slug), source: index, mdx })
    }
    progress(`${path.basename(file)}: ${names.length} includes, ${sections.length} pages, ${headings.length} headings`)
  })

  // Pair Slate's whole-page anchors with the portal's per-page ids, then fix in-page links.
  const anchors = {}
  /** @type {Map<string, { index: number, map: Record<string, string> }>} */
  const bySource = new Map()
  for (const { name, index, ids } of oldHeadings) {
    const own = pages.filter((p) => p.source === index)
    const now = own.flatMap((p) => portalHeadings(p.mdx).map((h) => ({ ...h, href: p.href })))
    const { map, lost } = pairAnchors(ids, now)
    for (const heading of lost) warn(heading.at ?? name, `heading "${heading.text}" not found after import — its anchor #${heading.id} will not redirect`)
    const prefix = index === 0 ? '' : name
    for (const [id, to] of Object.entries(map)) if (index !== 0 || to !== `/#${id}`) anchors[`${prefix}#${id}`] = to
    if (index !== 0) anchors[`${name}#`] = own[0]?.href ?? '/'
    // Authors' own anchors (`<a id="x">`) are link targets too.
    for (const page of own) for (const m of page.mdx.matchAll(/\bid=["']([^"']+)["']/g)) map[m[1]] ??= `${page.href}#${m[1]}`
    bySource.set(name, { index, map })
  }
  const names = [...bySource.keys()]
  for (const page of pages) {
    const own = bySource.get(names[page.source]).map
    const resolve = (url) => {
      const [file, id = ''] = url.split('#')
      if (!file) return own[decodeURIComponent(id)] ?? null
      if (!file.endsWith('.html')) return own[file] ?? null
      const other = bySource.get(file)
      if (!other) return undefined
      return id ? (other.map[decodeURIComponent(id)] ?? null) : pages.find((p) => p.source === other.index)?.href
    }
    page.mdx = retargetLinks(page.mdx, page.href, resolve, (url) => warn(`${sources[page.source]} (page ${page.slug})`, `link to ${url} pointed nowhere in the Slate site either — its text is kept, unlinked`))
  }

  const tabKeys = new Set(fronts.flatMap(({ data }) => languageTabs(data.language_tabs).map((t) => t.key)))
  const responseLanguages = [...langs].filter((lang) => !tabKeys.has(lang))
  const settings = buildSettings(fronts, { pages: pages.map((p) => p.slug), responseLanguages, warn })

  /** @type {{ path: string, content?: string, copyFrom?: string }[]} */
  const files = [
    { path: 'site.json', content: `${JSON.stringify(settings, null, 2)}\n` },
    { path: 'slate-anchors.json', content: `${JSON.stringify(anchors, null, 1)}\n` },
    ...pages.map((p) => ({ path: `${p.slug}.mdx`, content: `${p.mdx}\n` })),
  ]
  for (const [abs, url] of images) if (fs.existsSync(abs)) files.push({ path: path.join('public', url), copyFrom: abs })
  for (const file of sources) {
    const dir = path.resolve(path.dirname(file), 'images')
    if (fs.existsSync(dir)) {
      for (const entry of fs.readdirSync(dir, { recursive: true })) {
        const abs = path.join(dir, String(entry))
        if (fs.statSync(abs).isFile() && !images.has(abs)) files.push({ path: path.join('public/images', String(entry)), copyFrom: abs })
      }
    }
  }
  sources.slice(1).forEach((file, i) => {
    const first = pages.find((p) => p.source === i + 1)
    files.push({ path: path.join('public', servedName(file)), content: redirectStub(servedName(file), first?.href ?? '/') })
  })

  const summary = {
    sources: sources.length,
    pages: pages.length,
    sections: stats.headings,
    codeSamples: stats.codeBlocks,
    tables: stats.tables,
    asides: stats.asides,
    includes: stats.includes,
    commentsDropped: stats.commentsDropped,
    images: files.filter((f) => f.copyFrom).length,
    anchorsRedirected: Object.keys(anchors).length,
    warnings: warnings.length,
  }
  return { files, settings, pages, anchors, warnings, summary }
}
