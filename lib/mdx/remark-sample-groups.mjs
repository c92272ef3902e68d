/**
 * Turns each run of consecutive fenced code blocks into one code-sample group, as Slate did:
 * the reader sees the sample in their chosen language, the others are a tab away.
 *
 * Options (all optional):
 * - `responseLanguages` (default ['json', 'text']): languages that are output, not samples;
 *   their blocks stay outside any group and are always visible. A block with no language too.
 * - `order` (default []): language keys in the order the site lists them; a group's samples are
 *   put in that order (others after, as written), so every group's tabs read like the language bar.
 *
 * A group becomes `<SampleGroup id="samples-N" languages="shell javascript">` holding one
 * `<Sample lang="shell" id="samples-N-shell">` per block. A language seen twice in a run starts
 * a new group. `lang--variant` keys (Slate's `python--pybit`) stay the sample's key; the code
 * itself is highlighted as the base language.
 */

const attr = (name, value) => ({ type: 'mdxJsxAttribute', name, value })
const element = (name, attributes, children) => ({ type: 'mdxJsxFlowElement', name, attributes, children })

export default function remarkSampleGroups(options = {}) {
  const responses = new Set(options.responseLanguages ?? ['json', 'text'])
  const isSample = (node) => node.type === 'code' && Boolean(node.lang) && !responses.has(node.lang)
  const order = options.order ?? []
  const rank = (code) => (order.includes(code.lang) ? order.indexOf(code.lang) : order.length)

  return (tree) => {
    let count = 0
    walk(tree)

    function walk(parent) {
      if (!parent.children) return
      const out = []
      let run = []
      const flush = () => {
        if (run.length === 0) return
        count += 1
        const id = `samples-${count}`
        run.sort((a, b) => rank(a) - rank(b))
        const keys = run.map((code) => code.lang)
        const samples = run.map((code) => {
          const key = code.lang
          code.lang = key.split('--')[0]
          return element('Sample', [attr('lang', key), attr('id', `${id}-${key}`)], [code])
        })
        out.push(element('SampleGroup', [attr('id', id), attr('languages', keys.join(' '))], samples))
        run = []
      }
      for (const node of parent.children) {
        if (isSample(node)) {
          if (run.some((code) => code.lang === node.lang)) flush()
          run.push(node)
          continue
        }
        flush()
        walk(node)
        out.push(node)
      }
      flush()
      parent.children = out
    }
  }
}
