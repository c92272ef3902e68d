/**
 * Turns a page's mdast, as the remark plugins left it for the HTML page, into plain Markdown mdast:
 * what a reader sees, with no JSX, imports or expressions. Portal components and HTML elements
 * read as components.mjs and html-elements.mjs say; the two-column layout is undone (prose, then
 * its examples, as on a phone); links and pictures get absolute URLs, so the Markdown works
 * wherever it is pasted.
 *
 * Anything without a Markdown rendering is kept as its text and listed in `missing`, for the
 * content check to report with its place.
 */
import { COMPONENT_MARKDOWN } from './components.mjs'
import { HTML_MARKDOWN } from './html-elements.mjs'
import { asFlow, asPhrasing } from './mdast-shapes.mjs'

// Plain mdast that Markdown writes as it is.
const MARKDOWN = new Set(['root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell',
  'code', 'inlineCode', 'text', 'emphasis', 'strong', 'delete', 'break', 'linkReference', 'imageReference', 'definition', 'footnoteDefinition', 'footnoteReference'])
// What is not for a reader: module code, `{/* comments */}` (the check refuses any other expression), front matter.
const DROPPED = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'yaml', 'toml'])
// remark-examples-column's layout boxes.
const LAYOUT = new Set(['docSection', 'docProse', 'docExamples'])

const isElement = (node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'

/** The rendering of a node that is not plain Markdown, or undefined when there is none. */
function renderingOf(node) {
  if (isElement(node)) {
    const table = /^[A-Z]/.test(node.name ?? '') ? COMPONENT_MARKDOWN : HTML_MARKDOWN
    return Object.hasOwn(table, node.name ?? '') ? table[node.name] : undefined
  }
  if (LAYOUT.has(node.type)) return (n, render) => render(n.children)
  if (DROPPED.has(node.type)) return () => []
  return OWN_NODES[node.type]
}

const OWN_NODES = {
  figure: (node, render) => render(node.children).map((child) => (child.type === 'image' ? { type: 'paragraph', children: [child] } : child)),
  figureCaption: (node, render) => [{ type: 'paragraph', children: [{ type: 'emphasis', children: render(node.children) }] }],
  // The page's clipped ", " is there for screen readers; in Markdown the bold badge stands apart already.
  mainsLabel: (node, render) => [{ type: 'text', value: ' ' }, { type: 'strong', children: render(node.children.filter((child) => !child.data?.hProperties?.className?.includes('mains-separator'))) }],
}

/**
 * @param {import('mdast').Root} tree  the page's tree after every plugin ran (left unchanged)
 * @param {{ base: string, root?: (pathname: string) => string }} options  base: the page's absolute URL,
 *   links and pictures resolve from it; root (default: on base's origin): the absolute URL of a
 *   path from the root, as content writes it (`/images/x.svg`)
 * @returns {{ tree: import('mdast').Root, missing: any[] }}
 */
export function readerTree(tree, { base, root = (pathname) => `${new URL(base).origin}${pathname}` }) {
  const missing = []
  const absolute = (url) => {
    if (/^\/(?!\/)/.test(url)) return root(url)
    try {
      return new URL(url, base).href
    } catch {
      return url
    }
  }

  const render = (nodes) => nodes.flatMap(convert)

  function convert(node) {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const { position, data, ...rest } = node
      return [{ ...rest, url: absolute(node.url), ...(node.children ? { children: render(node.children) } : {}) }]
    }
    if (MARKDOWN.has(node.type)) {
      const { position, data, ...rest } = node
      return [node.children ? { ...rest, children: render(node.children) } : rest]
    }
    const rendering = renderingOf(node)
    if (!rendering) {
      missing.push(node)
      return 'value' in node ? [{ type: 'text', value: String(node.value) }] : render(node.children ?? [])
    }
    const out = rendering(node, render)
    // Links an element made (`<a href>`) resolve like Markdown links.
    const resolved = out.map((child) => (child.type === 'link' || child.type === 'image' ? { ...child, url: absolute(child.url) } : child))
    // An element inside a sentence stays inside it; one on its own lines is blocks.
    return node.type === 'mdxJsxTextElement' ? asPhrasing(resolved) : asFlow(resolved)
  }

  return { tree: { type: 'root', children: asFlow(render(tree.children)) }, missing }
}
