/**
 * The whole import, in memory: Slate source pages (with their includes) in, the portal's content
 * folder out as a list of files, plus counts and warnings. Nothing is written here (see writer.mjs).
 */
import fs from 'node:fs'
import path from 'node:path'
import { languageTabs } from './front-matter.mjs'
import { pageSegments } from './page-segments.mjs'
import { segmentToMdx } from './to-mdx.mjs'
import { createPageSlugger, splitSections } from './split-pages.mjs'
import { repairMdx } from './validate-mdx.mjs'
import { slateIds } from './slate-heading-ids.mjs'
import { relinkSite } from './relink.mjs'
import { findSourceRoot, sourceName } from './source-names.mjs'
import { buildSettings } from './settings.mjs'
import { redirectStub } from './redirect-stub.mjs'
import { pageHref } from '../content/load-site.mjs'
import { passChecks } from './pass-checks.mjs'

const safeDecode = (text) => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * @param {string[]} sources  Slate page files; the first becomes the home page
 * @param {{ progress?: (line: string) => void, siteUrl?: string, sourceRoot?: string }} [options]
 *   siteUrl: where the Slate site was served, so links to its pages outside the docs (`/admin/`,
 *   `/schemas/x.json`) still go there; sourceRoot: the site's source folder (default: found from
 *   the pages, see findSourceRoot), which pages are served from and partials are looked up in
 */
export function importSlate(sources, { progress = () => {}, siteUrl, sourceRoot = findSourceRoot(sources) } = {}) {
  const warnings = []
  const warn = (at, message) => warnings.push(`${at} ${message}`)
  const stats = { codeBlocks: 0, tables: 0, asides: 0, commentsDropped: 0, headings: 0, includes: 0 }
  const names = sources.map((file) => sourceName(file, sourceRoot))
  // Every source page's old URL gets a small redirect file (the home page's too, unless it was /index.html).
  const stubs = names.map((n, index) => (index === 0 && n.served === 'index.html' ? undefined : n.served))
  // A page slug must not be a folder those files live in (`/cn/index.html`, `/docs/index.html`).
  const slugOf = createPageSlugger(stubs.filter((s) => s?.includes('/')).map((s) => s.split('/')[0]))
  const fronts = []
  const pages = []
  const images = new Map()
  const oldHeadings = []

  sources.forEach((file, index) => {
    const { data, segments, root, includes } = pageSegments(file, warn, { sourceRoot })
    fronts.push({ data, file })
    stats.includes += includes
    const used = new Set()
    const imageExists = (url) => fs.existsSync(path.resolve(root, url))
    const parts = segments.map((segment) => segmentToMdx(segment, { warn, stats, images: used, imageExists }))
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
    const { served: name, prefix, locale } = names[index]
    if (locale) warn(`${file}:1`, `page in locale "${locale}" imported as its own pages, /${prefix}-… (the portal shows one language per site; its old /${name} links are sent on)`)
    oldHeadings.push({ file, served: name, index, root, ids: slateIds(headings) })
    const sections = splitSections(joined)
    if (typeof data.warning === 'string' && data.warning.trim()) {
      sections[0].mdx = sections[0].mdx.replace(/^(#[^\n]*\n)?/, (h) => `${h}\n<Aside type="warning">\n${data.warning.replace(/[{}]/g, '\\$&')}\n</Aside>\n\n`)
      warn(`${file}:1`, 'front-matter `warning` shown as a warning aside at the top of the first page')
    }
    for (const section of sections) {
      const slug = index === 0 && pages.length === 0 ? 'index' : slugOf(section.title, index === 0 ? '' : prefix)
      const lead = section.mdx.length ? joined.indexOf(section.mdx[0], section.offset) : section.offset
      const mdx = repairMdx(section.mdx, (line, message) => {
        const local = section.mdx.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0)
        warn(whereIs(lead + local), message)
      })
      // Repairs rarely move text, so an offset in the page is still close to its place in the source.
      pages.push({ slug, href: pageHref(slug), source: index, mdx, whereIs: (offset) => whereIs(lead + offset) })
    }
    progress(`${path.basename(file)}: ${includes} includes, ${sections.length} pages, ${headings.length} headings`)
  })

  const copy = (abs, url) => images.set(abs, url)
  const { anchors, langs } = relinkSite(pages, oldHeadings, { warn, siteUrl, copy })

  const tabKeys = new Set(fronts.flatMap(({ data }) => languageTabs(data.language_tabs).map((t) => t.key)))
  // Every language that is not a tab is shown as it is, never hidden behind a tab (a ```GET block).
  const responseLanguages = [...langs].filter((lang) => !tabKeys.has(lang))
  const settings = buildSettings(fronts, { pages: pages.map((p) => p.slug), responseLanguages, warn })

  /** @type {{ path: string, content?: string, copyFrom?: string }[]} */
  const files = []
  for (const [abs, url] of images) if (fs.existsSync(abs)) files.push({ path: path.join('public', url), copyFrom: abs })
  // Slate copied the whole images/ folder.
  const imagesDir = path.resolve(sourceRoot, 'images')
  if (fs.existsSync(imagesDir)) {
    for (const entry of fs.readdirSync(imagesDir, { recursive: true })) {
      const abs = path.join(imagesDir, String(entry))
      if (fs.statSync(abs).isFile() && !images.has(abs)) files.push({ path: path.join('public/images', String(entry)), copyFrom: abs })
    }
  }
  stubs.forEach((served, index) => {
    if (!served) return
    const first = pages.find((p) => p.source === index)
    files.push({ path: path.join('public', served), content: redirectStub(served, first?.href ?? '/') })
  })

  const published = new Set(files.map((f) => `/${f.path.split(path.sep).slice(1).join('/')}`))
  const portalPublic = path.resolve('public')
  const inPublic = (pathname) => published.has(safeDecode(pathname)) || fs.existsSync(path.join(portalPublic, safeDecode(pathname)))
  passChecks(pages, settings, { inPublic, warn })
  files.unshift(
    { path: 'site.json', content: `${JSON.stringify(settings, null, 2)}\n` },
    { path: 'slate-anchors.json', content: `${JSON.stringify(anchors, null, 1)}\n` },
    ...pages.map((p) => ({ path: `${p.slug}.mdx`, content: `${p.mdx}\n` })),
  )

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
