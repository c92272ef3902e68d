/**
 * One content tree's source pages (the default locale's, or one other locale's) read into portal
 * pages: each page with its includes, as MDX, split into one page per `#` section. The default
 * tree hands out slugs; a translation takes the slugs of the page it translates, its n-th section
 * the n-th page's, since the portal's locales translate the default locale's pages one for one.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pageSegments } from './page-segments.mjs'
import { segmentToMdx } from './to-mdx.mjs'
import { splitSections } from './split-pages.mjs'
import { repairMdx } from './validate-mdx.mjs'
import { slateIds } from './slate-heading-ids.mjs'
import { pageHref } from '../content/load-site.mjs'

/** `docs/guide.html` → `docs-guide`, `index.html` → ``: what a source page's slugs start with. */
export const slugPrefix = (served) =>
  served.replace(/\.html$/, '').replace(/(^|\/)index$/, '').replace(/\/$/, '').replace(/\//g, '-').replace(/[^\w.-]+/g, '-')

/**
 * @param {{ file: string, served: string, name?: string, translates?: number }[]} sources  served: the old
 *   URL (`index.html`, `kr/v2.html`); name: the page's own path, which its slugs start with (default:
 *   served); translates: the default tree's source this one translates
 * @param {{ warn: (at: string, message: string) => void, stats: Record<string, number>, sourceRoot: string,
 *   progress: (line: string) => void, locale?: import('./includes.mjs').RenderLocale,
 *   slugOf: (title: string, prefix: string) => string, translated?: (index: number) => { slugs: string[], file: string } }} options
 *   slugOf: a new page's slug (default tree); translated: the slugs of a default source's pages (a translation)
 * @returns {{ pages: { slug: string, href: string, source: number, mdx: string, whereIs: (offset: number) => string }[],
 *   fronts: { data: Record<string, any>, file: string }[], images: Map<string, string>, oldHeadings: object[] }}
 */
export function readTree(sources, { warn, stats, sourceRoot, progress, locale, slugOf, translated }) {
  const fronts = []
  const pages = []
  const images = new Map()
  const oldHeadings = []

  sources.forEach(({ file, served, name = served, translates }, index) => {
    const { data, segments, root, includes } = pageSegments(file, warn, { sourceRoot, locale })
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
    oldHeadings.push({ file, served, index, root, ids: slateIds(headings) })
    let sections = splitSections(joined)
    const original = translates === undefined ? undefined : translated(translates)
    if (original) sections = mapSections(sections, original, { file, whereIs, joined, warn })
    if (typeof data.warning === 'string' && data.warning.trim()) {
      sections[0].mdx = sections[0].mdx.replace(/^(#[^\n]*\n)?/, (h) => `${h}\n<Aside type="warning">\n${data.warning.replace(/[{}]/g, '\\$&')}\n</Aside>\n\n`)
      warn(`${file}:1`, 'front-matter `warning` shown as a warning aside at the top of the first page')
    }
    sections.forEach((section, n) => {
      const slug = original ? original.slugs[n] : index === 0 && pages.length === 0 ? 'index' : slugOf(section.title, index === 0 ? '' : slugPrefix(name))
      const lead = section.mdx.length ? joined.indexOf(section.mdx[0], section.offset) : section.offset
      const mdx = repairMdx(section.mdx, (line, message) => {
        const local = section.mdx.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0)
        warn(whereIs(lead + local), message)
      })
      // Repairs rarely move text, so an offset in the page is still close to its place in the source.
      pages.push({ slug, href: pageHref(slug), source: index, mdx, whereIs: (at) => whereIs(lead + at) })
    })
    progress(`${path.basename(file)}${locale ? ` (${locale.code})` : ''}: ${includes} includes, ${sections.length} pages, ${headings.length} headings`)
  })
  return { pages, fronts, images, oldHeadings }
}

/**
 * A translation's sections against the pages of the page it translates: one for one, in order. A
 * section more than the original has joins the page before it (a page the default locale lacks
 * cannot be a translation); a section fewer leaves the original's last pages untranslated.
 */
function mapSections(sections, { slugs, file: original }, { file, whereIs, joined, warn }) {
  const name = path.basename(original)
  if (sections.length < slugs.length) {
    warn(`${file}:1`, `${sections.length} \`#\` sections where ${name} has ${slugs.length}: they translate its first ${sections.length} pages; ${slugs.slice(sections.length).map((s) => `"${s}"`).join(', ')} stay${slugs.length - sections.length === 1 ? 's' : ''} untranslated (the portal shows the default locale's page)`)
  }
  if (sections.length <= slugs.length) return sections
  const last = slugs.length - 1
  for (const extra of sections.slice(slugs.length)) {
    warn(whereIs(extra.offset), `section "${extra.title}" is one more than ${name} has (${slugs.length}): it joins page "${slugs[last]}" with its own anchor, as a translation's pages are the default locale's`)
  }
  const from = sections[last].offset
  return [...sections.slice(0, last), { title: sections[last].title, offset: from, mdx: joined.slice(from).trim() }]
}
