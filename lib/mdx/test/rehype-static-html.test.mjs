/**
 * rehype-static-html + recma-static-html: a page renders to the same HTML with them as without
 * them (the same elements, attributes and text once a browser has read it), while React is handed
 * fewer elements. Each case in fixtures/rehype-static-html/<case>/ is
 * an input.mdx and the output.html it renders to (UPDATE_FIXTURES=1 rewrites it, to be read
 * before committing); the components of the page are stand-ins for the portal's (a link, a code
 * block and a badge that mark what they render), so a test sees that they still run.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { evaluate } from '@mdx-js/mdx'
import rehypeHighlight from 'rehype-highlight'
import remarkGfm from 'remark-gfm'
import * as runtime from 'react/jsx-runtime'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { fromHtml } from 'hast-util-from-html'
import rehypeStaticHtml, { COMPONENT_TAGS } from '../rehype-static-html.mjs'
import recmaStaticHtml from '../recma-static-html.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.join(here, 'fixtures', 'rehype-static-html')
const components = {
  a: (props) => createElement('a', { ...props, 'data-component': 'link' }),
  pre: (props) => createElement('pre', { ...props, 'data-component': 'code-block' }),
  Badge: (props) => createElement('mark', props),
}

/** What a browser makes of some HTML: its tree, without positions (escapes may be spelled differently). */
const parsed = (html) => JSON.stringify(fromHtml(html, { fragment: true }), (key, value) => (key === 'position' ? undefined : value))

/** The page's HTML, and how many elements React was handed (the calls of the JSX runtime). */
async function render(text, optimized) {
  let elements = 0
  const counted = { ...runtime, jsx: (...a) => (elements++, runtime.jsx(...a)), jsxs: (...a) => (elements++, runtime.jsxs(...a)) }
  const { default: Content } = await evaluate(text, {
    ...counted,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [[rehypeHighlight, { detect: false }], ...(optimized ? [rehypeStaticHtml] : [])],
    recmaPlugins: optimized ? [recmaStaticHtml] : [],
  })
  return { html: renderToStaticMarkup(createElement(Content, { components })), elements }
}

for (const name of fs.readdirSync(root).sort()) {
  test(`static HTML: ${name}`, async () => {
    const text = fs.readFileSync(path.join(root, name, 'input.mdx'), 'utf8')
    const plain = await render(text, false)
    const optimized = await render(text, true)
    assert.equal(parsed(optimized.html), parsed(plain.html), 'the page shows the same HTML')
    const expected = path.join(root, name, 'output.html')
    if (process.env.UPDATE_FIXTURES === '1') fs.writeFileSync(expected, `${optimized.html}\n`)
    assert.equal(`${optimized.html}\n`, fs.readFileSync(expected, 'utf8'))
    assert.ok(optimized.elements <= plain.elements, 'never more elements than before')
  })
}

test('a table and a highlighted sample reach React as a few elements, not one per cell and token', async () => {
  for (const name of ['table', 'highlighted-code']) {
    const text = fs.readFileSync(path.join(root, name, 'input.mdx'), 'utf8')
    const [plain, optimized] = [await render(text, false), await render(text, true)]
    assert.ok(optimized.elements * 2 < plain.elements, `${name}: ${optimized.elements} elements, was ${plain.elements}`)
  }
})

test('components still run: links, code blocks and JSX components are never made strings', async () => {
  const { html } = await render(fs.readFileSync(path.join(root, 'paragraph-with-link', 'input.mdx'), 'utf8'), true)
  assert.equal(html.match(/data-component="link"/g)?.length, 2)
  const code = await render(fs.readFileSync(path.join(root, 'highlighted-code', 'input.mdx'), 'utf8'), true)
  assert.match(code.html, /<pre data-component="code-block"><code class="hljs language-js">/)
  const inside = await render(fs.readFileSync(path.join(root, 'component-inside', 'input.mdx'), 'utf8'), true)
  assert.match(inside.html, /<mark>new<\/mark>/)
})

test('the tags it leaves to components are the ones the portal replaces (components/content-components.tsx)', () => {
  const file = fs.readFileSync(path.join(here, '../../../components/content-components.tsx'), 'utf8')
  const list = file.slice(file.indexOf('const components'), file.indexOf('}\n', file.indexOf('const components')))
  const lowercase = [...list.matchAll(/^\s+([a-z][a-z0-9]*):/gm)].map((m) => m[1])
  assert.deepEqual(lowercase.sort(), [...COMPONENT_TAGS].sort())
})
