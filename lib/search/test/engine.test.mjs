import test from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSite } from '../../content/load-site.mjs'
import { siteRecords } from '../records.mjs'
import { createSearch, exportSearch, importSearch, groupByPage } from '../query.mjs'
import { oneEditApart } from '../typos.mjs'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/site')
const records = siteRecords(await loadSite(dir))
const { search } = createSearch(records)
const urls = (query) => search(query).results.map((r) => r.url)
const first = (query) => urls(query)[0]

test('a word prefix finds the section ("kitt" finds Kittens)', () => {
  assert.equal(first('kitt'), '/api/#listing-kittens')
  assert.equal(first('glan'), '/wiring/#cable-glands')
})

test('case and accents do not matter', () => {
  assert.equal(first('CREME'), '/wiring/#creme-settings')
  assert.equal(first('crème'), '/wiring/#creme-settings')
})

test('a word of five letters or more tolerates one typo', () => {
  assert.ok(urls('conector').includes('/wiring/#top-connector'))
  assert.ok(urls('contcator').includes('/wiring/#top-connector-cn-l'), 'swapped letters')
  assert.ok(urls('actuater').includes('/wiring/#top-connector-actfb'), 'wrong letter')
  assert.ok(urls('acttfb').includes('/wiring/#top-connector-actfb'), 'extra letter')
  assert.deepEqual(urls('glnd'), [], 'a four-letter word must be typed right')
})

test('terms with punctuation are found as written', () => {
  assert.equal(first('CN-L'), '/wiring/#top-connector-cn-l')
  assert.equal(first('ACT+'), '/wiring/#top-connector-act-plus')
  assert.equal(first('include_cats'), '/api/#listing-kittens')
  assert.equal(first('RP-SMA'), '/wiring/#wiring')
  assert.equal(first('2dBi'), '/wiring/#wiring')
  // ACT+ is not ACT-: the joined form tells them apart.
  assert.deepEqual(urls('ACT-'), [])
})

test('several words must all match, across heading and body', () => {
  assert.equal(first('top connector actfb'), '/wiring/#top-connector')
  assert.ok(urls('top connector actfb').includes('/wiring/#top-connector-actfb'))
  assert.deepEqual(urls('kittens actfb'), [])
  // "listing" is in the heading only, "cats" in the table only.
  assert.deepEqual(urls('listing cats'), ['/api/#listing-kittens'])
})

test('a word still being typed finds headings, however short', () => {
  assert.equal(first('top c'), '/wiring/#top-connector')
  assert.equal(first('listing k'), '/api/#listing-kittens')
})

test('a heading match ranks above a body match, and a body match above code', () => {
  assert.deepEqual(urls('connector').slice(0, 2), ['/wiring/#top-connector', '/api/#connector-reference'])
  assert.equal(urls('connector').at(-1), '/api/#code-only')
  assert.deepEqual(urls('actfb'), ['/wiring/#top-connector-actfb', '/wiring/#top-connector'])
})

test('the snippet marks the matched words, around the first match', () => {
  const [result] = search('meowmeow').results
  assert.deepEqual(result.snippet.filter((s) => s.mark).map((s) => s.text), ['meowmeowmeow'])
  assert.deepEqual(result.path[1], [{ text: 'Listing Kittens', mark: false }])
  const typo = search('conector').results.find((r) => r.url === '/wiring/#top-connector')
  assert.deepEqual(typo.path.at(-1), [{ text: 'Top ', mark: false }, { text: 'Connector', mark: true }])
})

test('a query with HTML in it is only text', () => {
  assert.deepEqual(search('<img src=x onerror=alert(1)>').results, [])
  assert.deepEqual(search('<script>alert(1)</script>').results, [])
})

test('the exported index answers like a fresh one, and results group by page', () => {
  const shipped = importSearch(JSON.parse(JSON.stringify(exportSearch(records))))
  for (const q of ['kitt', 'conector', 'CN-L', 'top connector actfb']) {
    assert.deepEqual(shipped.search(q), search(q))
  }
  const groups = groupByPage(search('connector').results)
  assert.deepEqual(groups.map((g) => g.page), ['Wiring', 'API'])
})

test('one typo means one edit', () => {
  assert.ok(oneEditApart('conector', 'connector'))
  assert.ok(oneEditApart('contcator', 'contactor'))
  assert.ok(!oneEditApart('conecter', 'connector'))
})
