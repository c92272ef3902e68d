import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { COMPONENTS } from '../../content/check-page-tree.mjs'
import { COMPONENT_MARKDOWN } from '../components.mjs'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

test('every component the pages render has a Markdown rendering, and the checks know no other', () => {
  // components/content-components.tsx is what the HTML pages render; <Include> never reaches it (remark-include inlines it).
  const source = fs.readFileSync(path.join(root, 'components', 'content-components.tsx'), 'utf8')
  const rendered = [...source.matchAll(/^\s+([A-Z]\w*),$/gm)].map((m) => m[1]).sort()
  assert.ok(rendered.length >= 5, `read only ${rendered.join(', ')} from components/content-components.tsx`)
  assert.deepEqual(rendered, COMPONENTS.filter((name) => name !== 'Include').sort())
})

test("an aside's label and a pending section's notice are said in the page's locale where it has its words", () => {
  const render = (nodes) => nodes
  const text = (nodes) => JSON.stringify(nodes).match(/"value":"[^"]*"/g)?.join(' ')
  const aside = { attributes: [{ type: 'mdxJsxAttribute', name: 'type', value: 'warning' }], children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }] }
  assert.match(text(COMPONENT_MARKDOWN.Aside(aside, render)) ?? '', /"value":"Warning:"/)
  assert.match(text(COMPONENT_MARKDOWN.Aside(aside, render, { asideWarning: '경고' })) ?? '', /"value":"경고:"/)
  assert.match(text(COMPONENT_MARKDOWN.Pending({ children: [] }, render, { sectionPending: '작성 중입니다.' })) ?? '', /"value":"작성 중입니다."/)
})
