/**
 * The seed round-trips: importing EVNEX's original Slate source (a copy is a fixture, with the
 * errors include it names) gives the pages, headings, samples, asides and table rows of the
 * hand-written content/. Compared as rendered text, not bytes: content/ adds pictures and
 * "pending" marks that the seed never had.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import remarkGfm from 'remark-gfm'
import { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { toString } from 'mdast-util-to-string'
import remarkInclude from '../../mdx/remark-include.mjs'
import remarkHeadingIds from '../../mdx/remark-heading-ids.mjs'
import { importFixture } from './helpers.mjs'

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkInclude).use(remarkHeadingIds)

/** What a reader sees of one page, as plain data. */
function rendered(mdx, file) {
  const tree = processor.runSync(processor.parse(new VFile({ path: file, value: mdx })), new VFile({ path: file, value: mdx }))
  const page = { headings: [], samples: [], asides: [], rows: [] }
  visit(tree, (node) => {
    if (node.type === 'heading') page.headings.push(`${node.depth} ${toString(node)} #${node.data.id}`)
    if (node.type === 'code') page.samples.push(`${node.lang}: ${node.value}`)
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Aside') {
      page.asides.push(`${node.attributes.find((a) => a.name === 'type')?.value}: ${toString(node).replace(/\s+/g, ' ').trim()}`)
    }
    if (node.type === 'tableRow') page.rows.push(node.children.map((cell) => toString(cell).trim()).join(' | '))
  })
  return page
}

const contentDir = path.resolve('content')
const settings = JSON.parse(fs.readFileSync(path.join(contentDir, 'site.json'), 'utf8'))
const imported = importFixture('seed')

test('the seed imports to the same pages as content/', () => {
  assert.deepEqual(imported.settings.pages, settings.pages)
})

for (const slug of settings.pages) {
  test(`page ${slug}: same headings, samples, asides and table rows`, () => {
    const file = path.join(contentDir, `${slug}.mdx`)
    const handWritten = rendered(fs.readFileSync(file, 'utf8'), file)
    const fromSeed = rendered(imported.page(slug), path.join(contentDir, `${slug}.imported.mdx`))
    assert.deepEqual(fromSeed, handWritten)
  })
}

test('the seed imports with its language tabs and search setting', () => {
  assert.deepEqual(imported.settings.languageTabs.map((t) => t.key), settings.languageTabs.map((t) => t.key))
  assert.equal(imported.settings.search, settings.search)
  // The seed names pictures that were never in it; the importer says so rather than failing.
  assert.deepEqual(imported.warnings.filter((w) => !/ picture images\/\w+\.(png|jpg) is not beside the source/.test(w)), [])
})
