import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readPageTree, slugsIn, trailTo } from '../page-tree.mjs'

const tree = (pages) => readPageTree(JSON.stringify({ title: 'T', pages }, null, 2))

test('plain slugs keep working: a flat list is a tree of pages', () => {
  const { tree: entries, slugs, problems } = tree(['index', 'setting-up'])
  assert.deepEqual(problems, [])
  assert.deepEqual(slugs, ['index', 'setting-up'])
  assert.deepEqual(entries, [{ type: 'page', slug: 'index' }, { type: 'page', slug: 'setting-up' }])
})

test('groups nest, keep their order, and get unique ids from their titles', () => {
  const { tree: entries, slugs } = tree(['index', { title: 'Guides', pages: ['a', { title: 'Wiring', pages: ['b'] }] }, { title: 'Guides', pages: ['c'] }])
  assert.deepEqual(slugs, ['index', 'a', 'b', 'c'])
  assert.equal(entries[1].id, 'guides')
  assert.equal(entries[1].children[1].id, 'wiring')
  assert.equal(entries[2].id, 'guides-2')
  assert.deepEqual(slugsIn(entries), slugs)
  assert.deepEqual(trailTo(entries, { slug: 'b' }).map((g) => g.id), ['guides', 'wiring'])
  assert.deepEqual(trailTo(entries, { slug: 'index' }), [])
  assert.equal(trailTo(entries, { slug: 'nowhere' }), null)
})

test('every bad group is reported at its line and column in site.json', () => {
  const text = [
    '{',
    '  "title": "T",',
    '  "pages": [',
    '    "index",',
    '    { "pages": ["a"] },',
    '    { "title": "Empty", "pages": [] },',
    '    { "title": "Twice", "pages": ["index"] },',
    '    { "title": "Odd", "pages": ["b"], "open": true },',
    '    { "title": "No list" },',
    '    42',
    '  ]',
    '}',
  ].join('\n')
  const { problems, slugs } = readPageTree(text)
  assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.message.split(' — ')[0]}`), [
    '5:5 a group in "pages" has no title',
    '6:34 group "Empty" is empty',
    '7:35 page "index" is listed twice (first at line 4)',
    '8:39 a group has no "open"',
    '9:5 group "No list" has no "pages" list',
    '10:5 an entry of "pages" is neither a page nor a group',
  ])
  assert.ok(problems.every((p) => p.message.includes(' — ')), 'each problem says how to fix it')
  assert.deepEqual(slugs, ['index', 'b'])
})

test('"pages" that is not a list is one problem, at its place', () => {
  const { problems } = readPageTree('{\n  "title": "T",\n  "pages": "index"\n}')
  assert.deepEqual(problems.map((p) => [p.line, p.column]), [[3, 12]])
})
