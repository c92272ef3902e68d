/**
 * Hands React the plain-HTML parts of a page as HTML. An element whose whole inside is plain HTML
 * (text and elements, no component, no expression, no tag the renderer replaces with a component)
 * keeps its own tag and attributes, but its inside becomes one string, given to React as
 * `dangerouslySetInnerHTML` by recma-static-html.mjs. React then renders one element where it
 * rendered a table's hundred cells or a code sample's hundred highlighted tokens, and Next
 * serializes and parses one string instead of each of them, on every page of every build. What the
 * page shows is the same HTML (Astro's MDX `optimize` option does the same for the same reason).
 * The tree is changed last, after every plugin that reads it (search, checks, Markdown twins).
 *
 * Options (all optional):
 * - `components` (default: h1–h6, pre, a): tags the renderer replaces with components
 *   (components/content-components.tsx); an element holding one is never made a string, so the
 *   component still runs.
 * - `minElements` (default 1): how many elements an inside must hold to be worth a string (text
 *   alone is as cheap either way).
 */
import { toHtml } from 'hast-util-to-html'

/** What the portal's renderer replaces with components (components/content-components.tsx). */
export const COMPONENT_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'a']

/** The attribute recma-static-html.mjs turns into `dangerouslySetInnerHTML`. */
export const INNER_HTML = 'data-portal-inner-html'

// Elements whose inside is not plain HTML: other namespaces and template contents.
const FOREIGN = new Set(['svg', 'math', 'template'])
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr'])

/**
 * The inside as MDX would have handed it to React (hast-util-to-estree): no line breaks between a
 * table's parts, a cell's `align` as its `text-align` style. The HTML is then the same React writes.
 */
function asReactHasIt(node) {
  if (node.type !== 'element') return
  if (TABLE_PARTS.has(node.tagName)) node.children = node.children.filter((child) => !(child.type === 'text' && child.value === '\n'))
  if ((node.tagName === 'td' || node.tagName === 'th') && node.properties?.align) {
    const { align, ...rest } = node.properties
    node.properties = { ...rest, style: `${rest.style ? `${rest.style};` : ''}text-align:${align}` }
  }
  node.children.forEach(asReactHasIt)
}

export default function rehypeStaticHtml(options = {}) {
  const replaced = new Set(options.components ?? COMPONENT_TAGS)
  const minElements = options.minElements ?? 1
  const asString = (node) => {
    asReactHasIt(node)
    node.properties = { ...node.properties, [INNER_HTML]: toHtml(node.children) }
    node.children = []
  }
  /**
   * One walk, from the leaves up. Returns how many elements `node` is when it is plain HTML, else
   * -1; an element that is not plain makes strings of those of its children that are.
   */
  const walk = (node) => {
    if (node.type === 'text') return 0
    const counts = (node.children ?? []).map(walk)
    const own = node.type === 'element' && !replaced.has(node.tagName) && !FOREIGN.has(node.tagName)
    if (own && counts.every((count) => count >= 0)) return counts.reduce((sum, count) => sum + count, 1)
    node.children?.forEach((child, i) => {
      if (child.type === 'element' && counts[i] - 1 >= minElements) asString(child)
    })
    return -1
  }
  return (tree) => void walk(tree)
}
