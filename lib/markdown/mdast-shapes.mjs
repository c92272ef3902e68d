/**
 * Small helpers that keep rendered mdast well formed: flow content where blocks belong, phrasing
 * where text belongs (an MDX element may hold either, depending on how the author wrote it).
 */
const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'break', 'footnoteReference', 'html'])

export const isPhrasing = (node) => PHRASING.has(node.type)

/** Runs of phrasing nodes wrapped in paragraphs; blocks kept as they are. */
export function asFlow(nodes) {
  const out = []
  let run = []
  const flush = () => {
    if (run.some((node) => node.type !== 'text' || node.value.trim())) out.push({ type: 'paragraph', children: run })
    run = []
  }
  for (const node of nodes) {
    if (isPhrasing(node)) run.push(node)
    else {
      flush()
      out.push(node)
    }
  }
  flush()
  return out
}

/** Blocks flattened into phrasing (paragraphs joined by a space), for text-level places. */
export function asPhrasing(nodes) {
  return nodes.flatMap((node, i) => {
    if (isPhrasing(node)) return [node]
    const inner = node.children ? asPhrasing(node.children) : 'value' in node ? [{ type: 'text', value: node.value }] : []
    return i > 0 ? [{ type: 'text', value: ' ' }, ...inner] : inner
  })
}
