/**
 * Slate's two columns: splits a page into one section per heading, each with its prose and, beside
 * it, its examples (code samples, always-visible code such as JSON responses, and `>` notes).
 *
 * Options (all optional):
 * - `examples` (default ['code', 'blockquote', 'SampleGroup']): mdast node types, or MDX element
 *   names, that go to the examples column.
 *
 * Produces `<section class="doc-section"><div class="prose">…</div><div class="examples">…</div>`;
 * the examples div is left out when a section has none. Imports and exports stay at the top.
 */

const box = (type, hName, className, children) => ({
  type,
  data: { hName, hProperties: { className: [className] } },
  children,
})

export default function remarkExamplesColumn(options = {}) {
  const examples = new Set(options.examples ?? ['code', 'blockquote', 'SampleGroup'])
  const isExample = (node) => examples.has(node.type) || (node.type === 'mdxJsxFlowElement' && examples.has(node.name))

  return (tree) => {
    const head = []
    const sections = []
    let current
    for (const node of tree.children) {
      if (node.type === 'mdxjsEsm' || node.type === 'yaml' || node.type === 'toml') {
        head.push(node)
        continue
      }
      if (node.type === 'heading' || !current) {
        current = { prose: [], examples: [] }
        sections.push(current)
      }
      ;(isExample(node) ? current.examples : current.prose).push(node)
    }
    tree.children = [
      ...head,
      ...sections.map(({ prose, examples }) => {
        const columns = [box('docProse', 'div', 'prose', prose)]
        if (examples.length) columns.push(box('docExamples', 'div', 'examples', examples))
        return box('docSection', 'section', 'doc-section', columns)
      }),
    ]
  }
}
