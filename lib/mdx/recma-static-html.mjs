/**
 * The second half of rehype-static-html.mjs: in the compiled page, the attribute that carries an
 * element's inside as HTML becomes React's `dangerouslySetInnerHTML`. (A hast property can only
 * hold a string, and React wants an object there, so the rename waits until the page is code.)
 * The HTML is the page's own content, made by hast-util-to-html from the page's tree: nothing an
 * author wrote runs as script that would not have run before (the page's CSP holds either way).
 */
import { INNER_HTML } from './rehype-static-html.mjs'

const isInner = (property) => property.type === 'Property' && (property.key.value ?? property.key.name) === INNER_HTML

/** `{ __html: value }` under the name React reads. */
const innerHtml = (value) => ({
  type: 'Property',
  kind: 'init',
  method: false,
  shorthand: false,
  computed: false,
  key: { type: 'Identifier', name: 'dangerouslySetInnerHTML' },
  value: { type: 'ObjectExpression', properties: [{ type: 'Property', kind: 'init', method: false, shorthand: false, computed: false, key: { type: 'Identifier', name: '__html' }, value }] },
})

export default function recmaStaticHtml() {
  const walk = (node) => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) return node.forEach(walk)
    if (node.type === 'ObjectExpression' && node.properties.some(isInner)) {
      node.properties = node.properties.map((property) => (isInner(property) ? innerHtml(property.value) : property))
    }
    for (const key in node) if (key !== 'loc' && key !== 'position') walk(node[key])
  }
  return (tree) => walk(tree)
}
