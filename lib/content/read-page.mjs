/**
 * Reads one page once, for everything the site is made of: the MDX compiler runs with the site's
 * plugins (so a syntax error is found here, with its place), and from the same tree come the page's
 * facts (title, headings, anchors), its search records, its Markdown, the problems that page alone
 * can have, and the compiled page the renderer runs. The tree is dropped afterwards, so a site of
 * 10,000 pages never holds more than one tree per worker.
 */
import fs from 'node:fs'
import { createProcessor } from '@mdx-js/mdx'
import { VFile } from 'vfile'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { pluginFunctions } from '../mdx/plugins.mjs'
import { explicitId } from './explicit-id.mjs'
import { pageProblems } from './check-page-tree.mjs'
import { pageRecords } from '../search/records.mjs'
import { pageMarkdown } from '../markdown/page-markdown.mjs'

/**
 * @typedef {{ depth: number, text: string, id: string }} Heading
 * @typedef {{ slug: string, href: string, file: string, title: string, description: string,
 *   headings: Heading[], anchors: string[], ids: string[], groups: string[][], samples: string[], includes: string[] }} PageFacts
 *   anchors: ids authors gave elements (`<a id>`); ids: every link target (headings, terminal rows, anchors)
 * @typedef {{ facts: PageFacts, code: string, records: import('../search/records.mjs').SearchRecord[],
 *   markdown: string, problems: { file: string, line: number, column: number, message: string }[],
 *   links: { href: string, line: number, column: number }[] }} ReadPage
 */

/** The first paragraph, cut to a sentence's length: the page's description. */
export function describe(tree) {
  let text = ''
  visit(tree, 'paragraph', (node) => {
    if (text) return false
    text = toString(node).replace(/\s+/g, ' ').trim()
  })
  return text.length > 160 ? `${text.slice(0, 157).replace(/\s+\S*$/, '')}…` : text
}

/** What the sidebar, the checks and the anchors map need of a page, read from its tree. */
export function pageFacts(tree, { slug, href, file, includes }) {
  const headings = []
  const groups = []
  const anchors = []
  const ids = new Set()
  const samples = new Set()
  visit(tree, (node) => {
    if (node.type === 'heading') {
      headings.push({ depth: node.depth, text: toString(node), id: node.data.id })
      ids.add(node.data.id)
    }
    for (const terminal of node.data?.terminals ?? []) ids.add(terminal.id)
    const own = explicitId(node)
    if (own) {
      anchors.push(own)
      ids.add(own)
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'SampleGroup') {
      groups.push(node.attributes.find((a) => a.name === 'languages').value.split(' '))
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Sample') samples.add(node.attributes.find((a) => a.name === 'lang').value)
  })
  const title = headings.find((h) => h.depth === 1)?.text ?? headings[0]?.text ?? slug
  return { slug, href, file, title, description: describe(tree), headings, anchors, ids: [...ids], groups, samples: [...samples], includes }
}

/** The sidebar groups that hold a page, as search results name them: `Guides › Wiring`. */
const trails = new WeakMap()
function trailLabel(settings, slug) {
  if (!trails.has(settings)) {
    const labels = new Map()
    const walk = (entries, titles) => {
      for (const entry of entries ?? []) {
        if (entry.type === 'page') labels.set(entry.slug, titles.join(' › '))
        else walk(entry.children, [...titles, entry.title])
      }
    }
    walk(settings.pageTree, [])
    trails.set(settings, labels)
  }
  return trails.get(settings).get(slug) || undefined
}

/** One compiler per site settings, reused page after page (its plugins are set up once). */
const processors = new Map()
function processorFor(settings, hooks) {
  const key = JSON.stringify([settings.responseLanguages, settings.languageTabs, settings.paths, Boolean(hooks)])
  if (hooks || !processors.has(key)) {
    const { remarkPlugins, rehypePlugins, finishPlugins, recmaPlugins } = pluginFunctions(settings)
    // The last remark step reads the finished tree, before it turns into HTML.
    const read = () => (tree, file) => void (file.data.read?.(tree))
    const heard = hooks?.onRendered ? [() => (hast, file) => void hooks.onRendered(file.data.slug, hast)] : []
    const processor = createProcessor({
      remarkPlugins: [...remarkPlugins, read],
      rehypePlugins: [...rehypePlugins, ...heard, ...finishPlugins],
      recmaPlugins,
      outputFormat: 'function-body',
      // Any name: function-body code then takes useMDXComponents from the renderer's arguments.
      providerImportSource: '#',
    })
    if (hooks) return processor
    processors.set(key, processor)
  }
  return processors.get(key)
}

/**
 * @param {{ slug: string, href: string, local?: string, file: string }} page  href: its address;
 *   local: the same within its content tree (no base path or version), which its links are read from
 * @param {{ settings: any, publicDirs: string[], onRendered?: (slug: string, hast: any) => void }} site
 * @returns {Promise<ReadPage | { error: { file: string, line: number, column: number, message: string } }>}
 */
export async function readPage(page, { settings, publicDirs, onRendered }) {
  const vfile = new VFile({ path: page.file, value: fs.readFileSync(page.file, 'utf8') })
  let result
  vfile.data.slug = page.slug
  vfile.data.read = (tree) => {
    const includes = [...new Set(/** @type {string[]} */ (vfile.data.includes ?? []))]
    const facts = pageFacts(tree, { ...page, includes })
    // Links are checked as authors write them: from the page's address in its own tree.
    const { problems, links } = pageProblems({ ...page, href: page.local ?? page.href, tree }, { publicDirs })
    result = {
      facts,
      records: pageRecords({ href: page.href, title: facts.title, tree, trail: trailLabel(settings, page.slug) }),
      markdown: pageMarkdown({ href: page.href, tree }, settings),
      // Places only: the nodes stay with the tree, which is dropped.
      problems: problems.map(({ node, ...p }) => ({ file: page.file, ...p })),
      links: links.map(({ node, ...link }) => link),
    }
  }
  try {
    const code = await processorFor(settings, onRendered && { onRendered }).process(vfile)
    return { ...result, code: String(code) }
  } catch (error) {
    if (typeof error?.reason !== 'string') throw error
    return { error: { file: error.file || page.file, ...placeOf(error), message: `${error.reason}${hintFor(error)}` } }
  }
}

/** Where a compiler message really points: mdx-jsx names the opening tag in its reason. */
function placeOf(message) {
  const inReason = /\((\d+):(\d+)-\d+:\d+\)/.exec(message.reason)
  if (inReason && (!message.line || /^Expected a closing tag/.test(message.reason))) return { line: +inReason[1], column: +inReason[2] }
  return { line: message.line ?? 1, column: message.column ?? 1 }
}

function hintFor(message) {
  if (message.reason.includes(' — ')) return ''
  if (message.source === 'micromark-extension-mdx-expression' || message.source === 'acorn') {
    return ' — a literal `{` or `}` must be written `\\{` `\\}`, or put in `code`'
  }
  if (/closing tag/.test(message.reason)) return ' — close the tag (or write a literal `<` as `\\<`)'
  if (message.source?.includes('mdx-jsx')) return ' — write a literal `<` as `\\<`, or check the tag on this line'
  return ' — fix the MDX at this position'
}
