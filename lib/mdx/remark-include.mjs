/**
 * Replaces `<Include src="partials/errors.mdx" />` with the Markdown of that file, so a shared
 * part (Slate's `includes:`) is written once and rendered, linked and searched like the page.
 *
 * Options (all optional):
 * - `root` (default: the folder of the including file): where `src` is resolved from.
 *
 * A missing file or an include cycle fails with the file and position of the `<Include>`.
 * The included files are listed in `file.data.includes`, so a page's "Last updated" can count them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'

const isInclude = (node) => node.type === 'mdxJsxFlowElement' && node.name === 'Include'

function srcOf(node) {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')
  return typeof attr?.value === 'string' ? attr.value : undefined
}

export default function remarkInclude(options = {}) {
  const processor = this
  return (tree, file) => {
    const base = options.root ?? (file.path ? path.dirname(file.path) : process.cwd())
    expand(tree, file, [file.path ?? ''])

    // `source` is the file the nodes came from, so a problem inside a partial is reported at its
    // own line in that partial, not at a line of the page that happens to have the same number.
    function expand(parent, source, chain) {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i]
        if (!isInclude(node)) {
          if (node.children) expand(node, source, chain)
          continue
        }
        const src = srcOf(node)
        if (!src) source.fail('`<Include>` needs a `src` — write `<Include src="partials/name.mdx" />`', node)
        const target = path.resolve(base, src)
        if (chain.includes(target)) source.fail(`\`<Include src="${src}">\` includes itself — remove the cycle`, node)
        if (!fs.existsSync(target)) {
          source.fail(`included file \`${src}\` does not exist — create it or fix the \`src\``, node)
        }
        file.data.includes = [...(file.data.includes ?? []), target]
        const partial = new VFile({ path: target, value: fs.readFileSync(target, 'utf8') })
        let included
        try {
          included = processor.parse(partial)
        } catch (error) {
          // Name the partial, not the page, so the author opens the right file.
          if (error && typeof error === 'object' && !error.file) error.file = target
          throw error
        }
        expand(included, partial, [...chain, target])
        parent.children.splice(i, 1, ...included.children)
        i += included.children.length - 1
      }
    }
  }
}
