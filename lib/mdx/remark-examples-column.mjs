/**
 * Slate's two columns: splits a page into sections, each with its prose and, beside it, its
 * examples (code samples, always-visible code such as JSON responses, and `>` notes).
 *
 * A heading starts a new section when it has examples of its own (before the next heading) or is
 * at most `clearDepth` deep; a deeper heading without examples (an "HTTP Request" or "Query
 * Parameters" under an endpoint) continues the section above it, so its prose flows beside that
 * section's code instead of waiting below it. Slate does the same: only h1 and h2 clear the code.
 *
 * Options (all optional):
 * - `examples` (default ['code', 'blockquote', 'SampleGroup']): mdast node types, or MDX element
 *   names, that go to the examples column.
 * - `clearDepth` (default 2): headings this deep or shallower always start a section.
 *
 * Produces `<section class="doc-section"><div class="prose">…</div><div class="examples">…</div>`.
 * A section with no examples has no examples div and is marked `prose-only`
 * (`<section class="doc-section prose-only">`): its prose takes the width the examples would have
 * had, so a page, or a run of sections, without samples leaves no empty column beside it.
 * Imports and exports stay at the top.
 */

const box = (type, hName, className, children) => ({
  type,
  data: { hName, hProperties: { className: [className].flat() } },
  children,
})

const isHead = (node) => node.type === 'mdxjsEsm' || node.type === 'yaml' || node.type === 'toml'

export default function remarkExamplesColumn(options = {}) {
  const examples = new Set(options.examples ?? ['code', 'blockquote', 'SampleGroup'])
  const clearDepth = options.clearDepth ?? 2
  const isExample = (node) => examples.has(node.type) || (node.type === 'mdxJsxFlowElement' && examples.has(node.name))

  /** Whether the heading at `at` has examples before the next heading. */
  const hasOwnExamples = (nodes, at) => {
    for (let i = at + 1; i < nodes.length && nodes[i].type !== 'heading'; i++) if (isExample(nodes[i])) return true
    return false
  }

  return (tree) => {
    const nodes = tree.children
    const head = nodes.filter(isHead)
    const sections = []
    let current
    nodes.forEach((node, at) => {
      if (isHead(node)) return
      const starts = node.type === 'heading' && (node.depth <= clearDepth || hasOwnExamples(nodes, at))
      if (starts || !current) {
        current = { prose: [], examples: [] }
        sections.push(current)
      }
      ;(isExample(node) ? current.examples : current.prose).push(node)
    })
    tree.children = [
      ...head,
      ...sections.map(({ prose, examples }) => {
        if (!examples.length) return box('docSection', 'section', ['doc-section', 'prose-only'], [box('docProse', 'div', 'prose', prose)])
        return box('docSection', 'section', 'doc-section', [box('docProse', 'div', 'prose', prose), box('docExamples', 'div', 'examples', examples)])
      }),
    ]
  }
}
