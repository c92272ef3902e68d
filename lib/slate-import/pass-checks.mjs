/**
 * The importer's promise: what it writes passes the content checks. Each page is parsed as the
 * portal builds it and checked with the content check's own rules (check-page-tree.mjs); whatever
 * still fails is made readable text, and the author hears where: an expression MDX would run
 * becomes its braces, a link to an anchor no page has becomes its words, an element with no
 * Markdown rendering gives up its tags. The earlier steps should leave nothing here; this is the
 * guard that keeps a rule they miss from ever failing a build.
 */
import { VFile } from 'vfile'
import { pageProcessor } from '../content/load-site.mjs'
import { idsIn } from '../content/check-content.mjs'
import { checkPageTree } from '../content/check-page-tree.mjs'
import { applyEdits } from './patch.mjs'
import { escapeProse } from './html-tags.mjs'
import { repairMdx } from './validate-mdx.mjs'

const isElement = (node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
const span = (node) => [node.position.start.offset, node.position.end.offset]

/** The edit that makes one problem node readable text, and what it did. */
function repair(node, text) {
  const [start, end] = span(node)
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    return { edit: { start, end, value: escapeProse(text.slice(start, end)) }, did: 'its braces kept as text' }
  }
  if (node.type === 'link') {
    const words = node.children.length ? text.slice(node.children[0].position.start.offset, node.children.at(-1).position.end.offset) : ''
    return { edit: { start, end, value: words }, did: 'kept as text' }
  }
  if (node.type === 'definition') return { edit: { start, end, value: `[${node.label}]: #` }, did: 'its references point to the top of the page' }
  if (node.type === 'image') {
    const alt = escapeProse(`Picture: ${node.alt ? `${node.alt} ` : ''}(${node.url}, missing)`).replace(/[*_[\]]/g, '\\$&')
    return { edit: { start, end, value: `*${alt}*` }, did: 'its description shown instead' }
  }
  if (isElement(node) && node.name === 'a') {
    const href = node.attributes.find((a) => a.name === 'href')
    if (href?.position) {
      let from = href.position.start.offset
      while (/\s/.test(text[from - 1])) from--
      return { edit: { start: from, end: href.position.end.offset, value: '' }, did: 'kept as text' }
    }
  }
  if (isElement(node)) {
    // The element's tags go, its content stays: the opening tag ends at the first `>` after its attributes.
    const after = node.attributes.at(-1)?.position?.end.offset ?? start + 1 + (node.name ?? '').length
    const openEnd = text.indexOf('>', after) + 1
    if (text[openEnd - 2] === '/') return { edit: { start, end, value: '' }, did: 'dropped' }
    const closeStart = text.lastIndexOf('</', end - 1)
    return { edit: { start, end, value: text.slice(openEnd, closeStart > openEnd ? closeStart : end) }, did: 'its tags dropped, its text kept' }
  }
  return undefined
}

/**
 * @param {{ slug: string, mdx: string, whereIs?: (offset: number) => string }[]} pages  edited in place
 * @param {Record<string, any>} settings  the site.json the pages go with (its languages decide the sample groups)
 * @param {{ inPublic: (pathname: string) => boolean, warn: (at: string, message: string) => void, shown?: Map<string, Set<string>> }} options
 *   inPublic: whether a site path (`/images/x.png`) is a file the site will have; shown: the ids of
 *   pages the tree shows without having them (a locale's untranslated pages: the default's)
 * @returns {Map<string, Set<string>>}  the ids of each page, after the repairs
 */
export function passChecks(pages, settings, { inPublic, warn, shown = new Map() }) {
  const processor = pageProcessor(settings)
  const run = (page) => {
    const file = new VFile({ path: `${page.slug}.mdx`, value: page.mdx })
    return processor.runSync(processor.parse(file), file)
  }
  const parse = (page) => {
    try {
      return run(page)
    } catch {
      // A page an earlier step left unreadable is repaired, as the import repairs every page.
      page.mdx = repairMdx(page.mdx, (line, message) => warn(`${page.slug}.mdx:${line}`, message))
      return run(page)
    }
  }
  const trees = pages.map(parse)
  const idsOf = () => new Map(pages.map((page, i) => [page.slug, idsIn(trees[i])]))
  for (let round = 0; round < 3; round++) {
    const anchors = new Map([...shown, ...idsOf()])
    let changed = false
    pages.forEach((page, i) => {
      const problems = checkPageTree({ slug: page.slug, tree: trees[i] }, { anchors, broken: new Set(), inPublic })
      const edits = []
      // Outer problems first; one inside an edited span waits for the next round.
      const fixes = problems.map(({ node, message }) => ({ node, message, fix: node?.position && repair(node, page.mdx) })).filter((p) => p.fix)
      for (const { node, message, fix } of fixes.sort((a, b) => a.fix.edit.start - b.fix.edit.start || b.fix.edit.end - a.fix.edit.end)) {
        if (edits.length && fix.edit.start < edits.at(-1).end) continue
        edits.push(fix.edit)
        warn(page.whereIs?.(node.position.start.offset) ?? `${page.slug}.mdx:${node.position.start.line}`, `${message.split(' — ')[0]} — ${fix.did}`)
      }
      if (edits.length === 0) return
      page.mdx = applyEdits(page.mdx, edits).text
      trees[i] = parse(page)
      changed = true
    })
    if (!changed) break
  }
  return idsOf()
}
