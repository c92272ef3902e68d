/** Text in raw HTML blocks reads as a browser showed it on the Slate site: no words lost, none turned into Markdown structure. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { importFixture, parseMdx } from './helpers.mjs'
import { decodeLegacyReferences, escapeHtmlText } from '../html-text.mjs'

const site = importFixture('html-block-text')
const text = (slug) => toString(parseMdx(site.page(slug))).replace(/\s+/g, ' ')
const count = (slug, type) => {
  let n = 0
  visit(parseMdx(site.page(slug)), type, () => void n++)
  return n
}

test('numbers, dashes, # and > that start a line inside an HTML block stay text, as Redcarpet passed the block through', () => {
  assert.match(text('index'), /1\. The return_url is mandatory\.\s*2\. The web_url holds \{the payment url\}\./)
  assert.match(text('index'), /- not a list item # not a heading > not a quote ---\s*Generic/)
  assert.deepEqual([count('index', 'list'), count('index', 'heading'), count('index', 'blockquote'), count('index', 'thematicBreak')], [0, 1, 0, 0])
})

test('a character reference without its `;` reads as the browser read it', () => {
  assert.match(text('index'), /subscription:<sub_topic>, not <api> responses/)
  assert.equal(decodeLegacyReferences('&ltT&gt &copy 2024 AT&T &amp; &#60x&#x3E'), '<T> © 2024 AT&T &amp; <x>')
})

test('code in an HTML block keeps its text: no escapes shown inside it', () => {
  assert.match(site.page('index'), /Generic `ApiResponse<T>` and `\{id\}` stay as written\./)
  assert.equal(escapeHtmlText('`{a}` {b} `<T>` <c'), '`{a}` \\{b\\} `<T>` \\<c')
})

test('a fence in a language that is not a tab (```PUT) is shown as it is, even inside raw HTML', () => {
  assert.deepEqual(site.settings.responseLanguages, ['PUT'])
  assert.deepEqual(site.settings.languageTabs.map((t) => t.key), ['shell'])
})

test('text after a <br/> in a table cell stays in that cell; braces in a picture description stay', () => {
  let cell = ''
  visit(parseMdx(site.page('samples')), 'tableCell', (node) => void (cell = toString(node)))
  assert.equal(cell, 'first linesecond line after the break')
  let alt = ''
  visit(parseMdx(site.page('samples')), 'image', (node) => void (alt = node.alt))
  assert.equal(alt, 'Flow of {order}')
})

test('text after a <br> in a raw HTML table cell keeps its "1." and "-": a line break there does not start a list', () => {
  const cells = []
  visit(parseMdx(site.page('samples')), (n) => n.type === 'mdxJsxFlowElement' && n.name === 'td', (n) => void cells.push(toString(n).replace(/\s+/g, ' ').trim()))
  assert.deepEqual(cells, ['Steps: 1. connect the charger - then wait'])
  assert.equal(count('samples', 'list'), 0)
})
