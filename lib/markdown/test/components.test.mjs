import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { COMPONENTS } from '../../content/check-page-tree.mjs'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

test('every component the pages render has a Markdown rendering, and the checks know no other', () => {
  // components/content-components.tsx is what the HTML pages render; <Include> never reaches it (remark-include inlines it).
  const source = fs.readFileSync(path.join(root, 'components', 'content-components.tsx'), 'utf8')
  const rendered = [...source.matchAll(/^\s+([A-Z]\w*),$/gm)].map((m) => m[1]).sort()
  assert.ok(rendered.length >= 5, `read only ${rendered.join(', ')} from components/content-components.tsx`)
  assert.deepEqual(rendered, COMPONENTS.filter((name) => name !== 'Include').sort())
})
