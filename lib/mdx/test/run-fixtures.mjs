/**
 * Runs remark plugins on the fixtures in lib/mdx/test/fixtures/<topic>/<case>/ and compares the result
 * with what the case expects, as a small indented outline (output.txt) that a reader can check by
 * hand, or, for a case that must fail, with `file:line:column message` in error.txt (file relative to the
 * case folder).
 *
 * A case folder holds input.mdx, optional options.json (passed to the plugin under test), and
 * output.txt or error.txt. UPDATE_FIXTURES=1 rewrites output.txt from the current result, to be
 * read and checked before committing.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import remarkGfm from 'remark-gfm'
import { VFile } from 'vfile'
import { toString } from 'mdast-util-to-string'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

const clip = (text) => text.replace(/\s+/g, ' ').trim()

function attributes(node) {
  return node.attributes.map((a) => ` ${a.name}${typeof a.value === 'string' ? `="${a.value}"` : ''}`).join('')
}

function label(node) {
  const props = node.data?.hProperties ?? {}
  const tag = `${node.data?.hName ?? node.type}${props.id ? `#${props.id}` : ''}${(props.className ?? []).map((c) => `.${c}`).join('')}`
  switch (node.type) {
    case 'heading':
      return `h${node.depth}#${node.data?.id ?? ''} ${toString(node)}`
    case 'paragraph':
    case 'blockquote':
    case 'figureCaption':
      return `${tag}: ${clip(toString(node))}`
    case 'code':
      return `code ${node.lang ?? '(none)'}: ${node.value.split('\n')[0]}`
    case 'image':
      return `image ${node.url} alt="${node.alt}"${node.title ? ` title="${node.title}"` : ''}`
    case 'tableRow':
      return `${node.data?.hProperties ? tag : 'tr'}: ${node.children.map((cell) => clip(toString(cell))).join(' | ')}`
    case 'mdxjsEsm':
      return `esm: ${clip(node.value)}`
    case 'mdxJsxFlowElement':
      return `<${node.name}${attributes(node)}>`
    default:
      return tag
  }
}

const LEAVES = new Set(['heading', 'paragraph', 'blockquote', 'code', 'image', 'tableRow', 'mdxjsEsm', 'figureCaption'])

/** The tree as indented lines: one per block, children indented under their parent. */
export function outline(tree) {
  const lines = []
  const walk = (node, depth) => {
    lines.push(`${'  '.repeat(depth)}${label(node)}`)
    if (!LEAVES.has(node.type)) for (const child of node.children ?? []) walk(child, depth + 1)
  }
  for (const child of tree.children) walk(child, 0)
  return `${lines.join('\n')}\n`
}

/** Parses a case's input.mdx as the site does (MDX + GFM), then runs `plugins` on it. */
export async function runPlugins(file, plugins) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm)
  for (const [plugin, options] of plugins) processor.use(plugin, options)
  const vfile = new VFile({ path: file, value: fs.readFileSync(file, 'utf8') })
  return processor.run(processor.parse(vfile), vfile)
}

/**
 * One test per case folder of `topic`; `pluginsFor(options)` gives the plugins to run, with the
 * case's options.json (or {}) handed to the plugin under test.
 */
export function fixtureSuite(topic, pluginsFor) {
  const dir = path.join(root, topic)
  for (const name of fs.readdirSync(dir).sort()) {
    const at = path.join(dir, name)
    const read = (file) => (fs.existsSync(path.join(at, file)) ? fs.readFileSync(path.join(at, file), 'utf8') : undefined)
    const options = JSON.parse(read('options.json') ?? '{}')
    test(`${topic}: ${name}`, async () => {
      const run = runPlugins(path.join(at, 'input.mdx'), pluginsFor(options))
      const error = read('error.txt')
      if (error !== undefined) {
        const failure = await run.then(() => assert.fail('expected the plugin to fail'), (e) => e)
        const where = path.relative(at, failure.file || '')
        assert.equal(`${where}:${failure.line}:${failure.column} ${failure.reason}\n`, error)
        return
      }
      const actual = outline(await run)
      if (process.env.UPDATE_FIXTURES) fs.writeFileSync(path.join(at, 'output.txt'), actual)
      assert.equal(actual, read('output.txt'))
    })
  }
}
