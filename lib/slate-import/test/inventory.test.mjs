/** The conformance inventory: what a Slate page showed, and finding it again in what the portal renders. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fixture } from './helpers.mjs'
import { importSlate } from '../import-site.mjs'
import { writeAtomically } from '../writer.mjs'
import { sourceInventory } from '../source-inventory.mjs'
import { collectPage, emptyItems } from '../built-inventory.mjs'
import { compareItems } from '../../cli/conformance-compare.mjs'
import { checkContent } from '../../content/check-content.mjs'
import { pageHref } from '../../content/load-site.mjs'
import { findPages } from '../source-pages.mjs'

const source = (name) => [fixture(name, 'input', 'index.html.md')]

test('raw HTML <table> cells and <h1>–<h6> text are source items; ids authors gave elements are anchors, not those in code', () => {
  const cells = sourceInventory(source('implied-end-tags')).items.cells
  assert.deepEqual(cells, ['payRate', 'BigDecimal', 'name', 'String', 'A', 'B', 'To-one association (Account)'])
  const anchors = sourceInventory(source('explicit-anchors'))
  assert.ok(anchors.items.headings.includes('Edit'))
  for (const id of ['#pets', '#schemas', '#tocS_Edit', '#schemaedit', '#legacy']) assert.ok(anchors.anchors.includes(id), id)
  assert.ok(!anchors.anchors.includes('#only-in-code'))
})

test('prose is counted in source lines, a wrapped paragraph as one item', () => {
  const { prose } = sourceInventory([fixture('html-links', 'input', 'index.html.md')])
  const wrapped = prose.find((p) => p.text.startsWith('See the gathering'))
  assert.deepEqual(wrapped, { text: 'See the gathering guide, the admin, the spec and the harvest page.', lines: 3 })
})

for (const name of ['explicit-anchors', 'implied-end-tags', 'smartypants', 'html-block-text', 'repeated-headings']) {
  test(`${name}: everything the source showed is found in the compiled pages, and every old anchor lands`, async () => {
    const { pages } = findPages(fixture(name, 'input'))
    const result = importSlate(pages)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `inventory-${name}-`))
    writeAtomically(dir, result.files, { force: true })
    const items = emptyItems()
    const ids = new Map()
    await checkContent({ dir, onRendered: (slug, hast) => ids.set(pageHref(slug), collectPage(hast, items)) })
    const lost = []
    const report = compareItems(sourceInventory(pages), { items, ids }, result.anchors, (kind, what) => lost.push(kind, ...what))
    assert.deepEqual(lost, [])
    assert.equal(report.itemsFound, report.itemsTotal)
    assert.equal(report.anchorsLanding, report.anchorsTried)
  })
}

test('a lost item is reported, and counts against the share', () => {
  const want = { items: { cells: ['a', 'b'] }, prose: [], anchors: ['#x'] }
  const lost = []
  const report = compareItems(want, { items: { cells: ['a'], pageText: [] }, ids: new Map([['/', new Set()]]) }, {}, (kind, what) => lost.push([kind, what]))
  assert.deepEqual(lost, [['cells', ['b']], ['anchors', ['#x']]])
  assert.equal(report.itemShare, 0.5)
  assert.equal(report.anchorShare, 0)
})

test("an old heading anchor sent to another heading's id does not land; the home page keeps an id it has", () => {
  const want = { items: {}, prose: [], anchors: ['#request-url-3', '#intro'], anchorHeadings: { '#request-url-3': 'Request URL', '#intro': 'Intro' } }
  const ids = new Map([['/', new Map([['intro', 'Introduction']])], ['/orders/', new Map([['request-url-3', 'Response']])]])
  const lost = []
  const report = compareItems(want, { items: { pageText: [] }, ids }, { '#request-url-3': '/orders/#request-url-3', '#intro': '/x/#intro' }, (kind, what) => lost.push(...what))
  assert.deepEqual(lost, ['#request-url-3', '#intro'])
  assert.equal(report.anchorsLanding, 0)
})

test('a line of text in a raw HTML block is an item; a pseudo-tag the browser hid splits it, a Markdown picture is no words', async () => {
  const { htmlBlockLines } = await import('../raw-html-items.mjs')
  assert.deepEqual(htmlBlockLines('<div>\nGeneric ApiResponse<T> and &ltid&gt.\n<p>Second ![flow](/x.png)</p><table><tr><td>cell</td></tr></table></div>'), ['Generic ApiResponse', 'and <id>.', 'Second'])
})
