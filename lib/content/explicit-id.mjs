/**
 * The id an author gave an element in MDX (`<a id="x">`, `<h2 id="x">`): a link target like a
 * heading's, for the link check and for old `/#x` links.
 */

/** @param {any} node  an mdast node @returns {string | undefined} */
export function explicitId(node) {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined
  const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value
  return typeof value === 'string' && value ? value : undefined
}
