import test from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSite } from '../../content/load-site.mjs'
import { siteRecords } from '../records.mjs'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/site')
const records = siteRecords(await loadSite(dir))
const at = (anchor) => records.find((r) => r.anchor === anchor)

test('every section record is anchored at the id its heading renders with', async () => {
  const site = await loadSite(dir)
  for (const page of site.pages) {
    const rendered = page.headings.filter((h) => h.depth <= 3).map((h) => h.id)
    const sections = records.filter((r) => r.href === page.href && !r.anchor.startsWith('top-connector-')).map((r) => r.anchor)
    assert.deepEqual(sections, rendered)
  }
})

test('a record carries its heading path', () => {
  assert.deepEqual(at('top-connector').path, ['Wiring', 'Screw Terminal Connections', 'Top Connector'])
  assert.deepEqual(at('creme-settings').path, ['Wiring', 'Crème Settings'])
})

test("a table's and an aside's text are in their section's record, code apart", () => {
  const listing = at('listing-kittens')
  assert.match(listing.text, /include_cats false If set to true, the result will also include cats\./)
  assert.match(listing.text, /Replace meowmeowmeow with your personal key\./)
  assert.doesNotMatch(listing.text, /curl/)
  assert.match(listing.code, /^curl "http:\/\/example\.com\/api\/kittens"/)
})

test('an h4 belongs to the h3 section above it', () => {
  assert.match(at('top-connector').text, /Torque Tighten to 0\.5 Nm\./)
  assert.equal(at('torque'), undefined)
})

test('each terminal row is a record of its own, anchored at the row', () => {
  const rows = records.filter((r) => r.anchor.startsWith('top-connector-'))
  assert.deepEqual(rows.map((r) => r.path.at(-1)), ['CN-L', 'ACTFB', 'ACT+'])
  assert.deepEqual(at('top-connector-actfb'), {
    href: '/wiring/',
    anchor: 'top-connector-actfb',
    path: ['Wiring', 'Screw Terminal Connections', 'Top Connector', 'ACTFB'],
    text: 'Type 2 locking actuator feedback input',
    code: '',
  })
  assert.equal(at('top-connector-cn-l').text, 'Contactor live (phase) power connection (230V) Mains voltage')
})

test('records follow the pages in order and each section in document order', () => {
  assert.deepEqual(records.slice(0, 4).map((r) => r.anchor), ['fixture-home', 'wiring', 'screw-terminal-connections', 'top-connector'])
  assert.equal(records.at(-1).anchor, 'code-only')
})
