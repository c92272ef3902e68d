/** Old anchors: the ids Slate gave headings, and where the importer sends them now. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { fixture, importFixture } from './helpers.mjs'
import { parameterize, slateBaseId, slateIds } from '../slate-heading-ids.mjs'
import { sourceInventory } from '../source-inventory.mjs'

const repeated = () => importFixture('repeated-headings', ['index.html.md.erb'])

test('repeated headings are counted per file: the page, each include and each Markdown partial has its own count', () => {
  const { anchors } = repeated()
  // The orders include's third "Request URL" was #request-url-3 (counted over the whole page it would be -5).
  assert.equal(anchors['#request-url-3'], '/orders/#request-url-3')
  assert.equal(anchors['#request-url-4'], '/users/#request-url-4')
  assert.equal(anchors['#request-url-5'], undefined, 'Slate never made a fifth')
})

test('an id two files both produced meant the first in page order, as the browser resolves it', () => {
  const { anchors } = repeated()
  // The page, its Markdown partial and both includes all made #request-url; the page's own came first.
  assert.equal(anchors['#request-url'], '/overview/#request-url')
  assert.equal(anchors['#request-url-2'], '/overview/#request-url-2')
})

test('a partial that is not Markdown is pasted into its caller and counted with it', () => {
  assert.equal(repeated().anchors['#response-2'], '/overview/#response-2')
})

test('links written against those ids go where Slate sent them', () => {
  assert.match(repeated().page('index'), /\[the orders' third request URL\]\(\/orders\/#request-url-3\), \[the users' fourth\]\(\/users\/#request-url-4\),\n\[the first one\]\(\/overview\/#request-url\) and \[the snippet's response\]\(\/overview\/#response-2\)/)
})

test('the conformance inventory tries the same old anchors, each once', () => {
  const { anchors } = sourceInventory([fixture('repeated-headings', 'input', 'index.html.md.erb')])
  assert.deepEqual(anchors.filter((a) => a.startsWith('#request-url')), ['#request-url', '#request-url-2', '#request-url-3', '#request-url-4'])
})

test("parameterize is Rails': transliterated, other runs one dash, trimmed, lower case", () => {
  assert.equal(parameterize('Donald E. Knuth'), 'donald-e-knuth')
  assert.equal(parameterize('^très|Jolie-- '), 'tres-jolie')
  assert.equal(parameterize('Straße Ærøskøbing'), 'strasse-aeroskobing')
  assert.equal(parameterize('Łódź — ſtart'), 'lodz-tart')
  assert.equal(parameterize('snake_case kept'), 'snake_case-kept')
})

test("ids come from Redcarpet's HTML: tags dropped, entities kept as words", () => {
  assert.equal(slateBaseId('Bob&#39;s &amp; <code>Co</code>'), 'bob-39-s-amp-co')
})

test('a heading with no Latin letters gets the first ten hex digits of the SHA-1 of its HTML', () => {
  const sha = (text) => createHash('sha1').update(text).digest('hex').slice(0, 10)
  assert.equal(slateBaseId('接口说明'), sha('接口说明'))
  assert.match(slateBaseId('接口说明'), /^[0-9a-f]{10}$/)
  const [first, again] = slateIds([{ html: '주문' }, { html: '주문' }])
  assert.deepEqual([first.id, again.id], [sha('주문'), `${sha('주문')}-2`])
})

test('a heading whose id is also a property name of every object (`constructor`) still redirects', async () => {
  const { pairAnchors } = await import('../anchors.mjs')
  const { map } = pairAnchors([{ text: 'Constructor', id: 'constructor' }, { text: 'toString', id: 'tostring' }], [
    { text: 'Constructor', id: 'constructor', href: '/api/' },
    { text: 'toString', id: 'tostring', href: '/api/' },
  ])
  assert.deepEqual({ ...map }, { constructor: '/api/#constructor', tostring: '/api/#tostring' })
})
