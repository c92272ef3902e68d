import test from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSite } from '../../content/load-site.mjs'
import { siteRecords } from '../records.mjs'
import { codeExcerpt, pack, searchJson, unpacked } from '../pack.mjs'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/site')
const records = siteRecords(await loadSite(dir))

test('packed records read back as the records a result shows', () => {
  const shipped = unpacked(JSON.parse(JSON.stringify(pack(records))))
  assert.equal(shipped.size, records.length)
  records.forEach((record, id) => assert.deepEqual(shipped.at(id), record))
})

test('a page address and a heading path are written once', () => {
  const { pages, records: packed } = pack(records)
  assert.equal(pages.length, new Set(records.map((r) => r.href)).size)
  // A terminal row's path is its section's path plus its name: it points at that section.
  const row = records.findIndex((r) => r.anchor === 'top-connector-actfb')
  assert.equal(packed[row][2], records.findIndex((r) => r.anchor === 'top-connector'))
})

test("long code ships as the text around each word's first use, within a cap", () => {
  const filler = Array.from({ length: 3000 }, (_, i) => `"key${i % 50}": "value"`).join(', ')
  const code = `${filler}, "identity_token": "abc", ${filler}`
  const excerpt = codeExcerpt(code)
  assert.ok(excerpt.length < 9000, `${excerpt.length} characters`)
  assert.match(excerpt, /"identity_token": "abc"/)
  assert.equal(codeExcerpt('short code'), 'short code')
})

test('the search file is ASCII and parses back to the same data', () => {
  const data = { text: 'Crème … 230 V — ok', n: [1, 2] }
  const json = searchJson(data)
  assert.match(json, /^[\x00-\x7f]*$/)
  assert.deepEqual(JSON.parse(json), data)
})
