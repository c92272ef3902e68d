/** Small builders for the mdast the reference pages are made of (Markdown nodes and the portal's components). */

export const text = (value) => ({ type: 'text', value: String(value) })
export const code = (value) => ({ type: 'inlineCode', value: String(value) })
export const strong = (...children) => ({ type: 'strong', children })
export const emphasis = (...children) => ({ type: 'emphasis', children })
export const paragraph = (...children) => ({ type: 'paragraph', children: children.flat() })
export const link = (url, ...children) => ({ type: 'link', url, children })
export const codeBlock = (lang, value, meta) => ({ type: 'code', lang, meta: meta ?? null, value: String(value) })
export const blockquote = (...children) => ({ type: 'blockquote', children })

/** A heading; `id` (optional) is its anchor, written as Docusaurus's `{/* #id *\/}` comment. */
export function heading(depth, value, id) {
  const children = [text(value)]
  if (id) children.push({ type: 'mdxTextExpression', value: `/* #${id} */` })
  return { type: 'heading', depth, children }
}

/** `<Name a="b" flag>children</Name>`; attributes that are false, null or undefined are left out. */
export function element(name, attributes, children = []) {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes)
      .filter(([, value]) => value !== undefined && value !== null && value !== false)
      .map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value: value === true ? null : String(value) })),
    children,
  }
}

/** An MDX comment on a line of its own. */
export const comment = (value) => ({ type: 'mdxFlowExpression', value: `/* ${String(value).replace(/\*\//g, '* /')} */` })

/** Items joined by `, ` as phrasing: `a`, `b` and `c`. */
export function joined(items, last = ', ') {
  return items.flatMap((item, i) => (i === 0 ? [item] : [text(i === items.length - 1 ? last : ', '), item]))
}
