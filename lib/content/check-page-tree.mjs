/**
 * Checks one page's tree (after the remark plugins ran): links to pages and anchors that exist,
 * pictures that are in public/, components and aside kinds the portal knows, and that everything
 * on the page has a Markdown rendering (its /page.md and /llms-full.txt must not lose it).
 */
import fs from 'node:fs'
import path from 'node:path'
import { visit } from 'unist-util-visit'
import { ASIDE_LABELS, COMPONENT_MARKDOWN } from '../markdown/components.mjs'
import { readerTree } from '../markdown/reader-tree.mjs'

// The components authors may write are exactly those with a Markdown rendering: one list.
export const COMPONENTS = Object.keys(COMPONENT_MARKDOWN)
export const ASIDE_TYPES = Object.keys(ASIDE_LABELS)

const attrOf = (node, name) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value

/** The slug of a site path, or undefined when the path is not a page; `/` is the home page. */
function slugOf(pathname, home) {
  const trimmed = pathname.replace(/^\/|\/$/g, '').replace(/\/index(\.html)?$|\.html$/, '')
  return trimmed === '' ? home : trimmed
}

/** The address a page's relative links are read from. */
const baseOf = (page) => new URL(page.href ?? (page.slug === 'index' ? '/' : `/${page.slug}/`), 'http://site.invalid')

/**
 * What can be checked on one page alone: expressions, pictures, components, aside kinds, and that
 * everything has a Markdown rendering. Links to pages are collected for `linkProblems`, which
 * needs every page's anchors.
 * @param {{ slug: string, href?: string, tree: any }} page
 * @param {{ publicDirs?: string[], inPublic?: (pathname: string) => boolean }} site inPublic (default: a
 *   look in `publicDirs`): whether a site path such as `/images/x.png` is a file there
 * @returns {{ problems: Problem[], links: { href: string, line: number, column: number, node: any }[] }}
 */
export function pageProblems(page, { publicDirs = [], inPublic = (pathname) => publicDirs.some((dir) => fs.existsSync(path.join(dir, decodeURIComponent(pathname)))) }) {
  const problems = []
  const links = []
  const place = (node) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 })
  const report = (node, message) => problems.push({ ...place(node), message, node })
  const base = baseOf(page)

  function checkLink(node, href) {
    if (!href || /^(mailto|tel):/.test(href)) return
    const url = new URL(href, base)
    if (url.origin !== base.origin) return
    if (/\.[a-z0-9]+$/i.test(url.pathname) && !url.pathname.endsWith('.html')) {
      if (!inPublic(url.pathname)) report(node, `link to \`${href}\`: no file ${url.pathname} in public/ — add the file or fix the link`)
      return
    }
    links.push({ href, ...place(node), node })
  }

  function checkImage(node, src) {
    if (!src || /^(https?:)?\/\//.test(src) || src.startsWith('data:')) return
    const url = new URL(src, base)
    if (!inPublic(url.pathname)) report(node, `picture \`${src}\` is not in public/ — add public${url.pathname} or fix the path`)
  }

  visit(page.tree, (node) => {
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !/^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(node.value)) {
      report(node, `\`{${node.value}}\` would run as JavaScript — to show the braces write \`\\{${node.value}\\}\`, or put it in \`code\``)
    }
    if (node.type === 'mdxjsEsm') report(node, '`import` and `export` do not work in a page — use the components the portal offers (<Aside>, <Include>, …), or write the text in Markdown')
    if (node.type === 'link' || node.type === 'definition') checkLink(node, node.url)
    if (node.type === 'image') checkImage(node, node.url)
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
    if (!node.name) return
    if (node.name === 'a') checkLink(node, attrOf(node, 'href'))
    if (node.name === 'img') checkImage(node, attrOf(node, 'src'))
    if (/^[A-Z]/.test(node.name) && !COMPONENTS.includes(node.name)) {
      report(node, `unknown component \`<${node.name}>\` — use one of ${COMPONENTS.slice(0, 4).map((c) => `<${c}>`).join(', ')}`)
    }
    if (node.name === 'Aside') {
      const type = attrOf(node, 'type') ?? 'notice'
      if (!ASIDE_TYPES.includes(type)) report(node, `unknown aside type "${type}" — use type="notice", "warning" or "success"`)
    }
  })
  for (const node of readerTree(page.tree, { base }).missing) {
    // An unknown component is reported above, once.
    if (/^[A-Z]/.test(node.name ?? '')) continue
    const what = node.name ? `\`<${node.name}>\`` : `a ${node.type} node`
    report(node, `${what} has no Markdown rendering, so /${page.slug}.md and llms-full.txt would lose it — write it in Markdown, or give it a rendering in lib/markdown/html-elements.mjs`)
  }
  return { problems, links }
}

/**
 * Links from one page to pages and anchors of the site.
 * @param {{ slug: string, href?: string }} page
 * @param {{ href: string, line: number, column: number }[]} links
 * @param {{ anchors: Map<string, Set<string>>, broken: Set<string>, home?: string }} site
 *   broken: pages that failed to compile, whose anchors are unknown (not reported twice)
 * @returns {Problem[]}
 */
export function linkProblems(page, links, { anchors, broken, home = 'index' }) {
  const problems = []
  const base = baseOf(page)
  for (const { href, line, column, node } of links) {
    const report = (message) => problems.push({ line, column, message, node })
    const url = new URL(href, base)
    const slug = slugOf(url.pathname, home)
    if (broken.has(slug)) continue
    const ids = anchors.get(slug)
    if (!ids) {
      const names = [...anchors.keys()]
      const shown = names.length > 8 ? `${names.slice(0, 8).map((s) => `"${s}"`).join(', ')} …` : names.map((s) => `"${s}"`).join(', ')
      report(slug === home ? `link to \`${href}\`: "${home}" is the home page, at / — link to /` : `link to \`${href}\`: there is no page "${slug}" — link to one of ${shown}`)
      continue
    }
    if (slug === home && url.pathname !== '/' && home !== 'index') {
      report(`link to \`${href}\`: "${home}" is the home page, at / — link to /${url.hash}`)
      continue
    }
    const id = decodeURIComponent(url.hash.slice(1))
    if (id && !ids.has(id)) report(`link to \`${href}\`: page "${slug}" has no anchor #${id} — use a heading's anchor (lower-case, dashes)`)
  }
  return problems
}

/**
 * @typedef {{ line: number, column: number, message: string, node?: any }} Problem node: the node at fault
 * @param {{ slug: string, href?: string, tree: any }} page
 * @param {{ anchors: Map<string, Set<string>>, broken: Set<string>, publicDirs?: string[], inPublic?: (pathname: string) => boolean, home?: string }} site
 * @returns {Problem[]}
 */
export function checkPageTree(page, site) {
  const { problems, links } = pageProblems(page, site)
  return [...problems, ...linkProblems(page, links, site)].sort((a, b) => a.line - b.line || a.column - b.column)
}
