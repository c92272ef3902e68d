import test from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSite } from '../../content/load-site.mjs'
import { ALL_QUERIES } from '../../bench/search-queries.mjs'
import { siteRecords } from '../records.mjs'
import { exportSearch, importSearch } from '../query.mjs'
import { openPieces, pieceFile } from '../pieces.mjs'
import { splitSearch } from '../split.mjs'
import { fromGaps } from '../gaps.mjs'
import { unpacked } from '../pack.mjs'

// The portal's own content, three times under other addresses: enough terms and records for many
// pieces at small caps, and ids far apart in one posting list, as in a larger site.
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const base = siteRecords(await loadSite(path.join(root, 'content')))
const records = [0, 1, 2].flatMap((copy) => base.map((r) => ({ ...r, href: copy ? `/copy-${copy}${r.href}` : r.href })))
const data = exportSearch(records)
const CAPS = { postingsCap: 400, recordsPer: 3, singleMaxGzip: 0 }
const { manifest, files } = splitSearch(data, CAPS)
const read = async (name) => JSON.parse(files.get(name))
const indexFiles = manifest.index.ranges.map((_, n) => pieceFile(manifest.index, n))
const groupFiles = Array.from({ length: Math.ceil(records.length / manifest.records.per) }, (_, n) => pieceFile(manifest.records, n))

test('a site under the threshold ships one piece; a larger one is split and the manifest names every piece', () => {
  const small = splitSearch(data, { singleMaxGzip: 1e9 })
  assert.deepEqual(Object.keys(small.manifest), ['version', 'single'])
  assert.deepEqual([...small.files.keys()], [small.manifest.single])
  assert.ok(indexFiles.length > 10 && groupFiles.length > 10, `${indexFiles.length} index pieces, ${groupFiles.length} records groups`)
  assert.deepEqual([manifest.words, ...indexFiles, ...groupFiles].sort(), [...files.keys()].sort())
  // A posting list longer than a piece holds is cut, and its term spans pieces.
  assert.ok(manifest.index.ranges.some(([, last], i) => manifest.index.ranges[i + 1]?.[0] === last), 'some term spans two pieces')
})

test('no index piece is over its size cap; a records group holds its number of records', () => {
  for (const file of indexFiles) assert.ok(files.get(file).length <= CAPS.postingsCap, `${file}: ${files.get(file).length} bytes`)
  groupFiles.forEach((file, g) => assert.equal(JSON.parse(files.get(file)).records.length, Math.min(CAPS.recordsPer, records.length - g * CAPS.recordsPer), file))
})

test('every record is reachable in its group, as the whole file shows it', () => {
  const whole = unpacked(data)
  groupFiles.forEach((file, g) => {
    const group = unpacked(JSON.parse(files.get(file)))
    const first = g * manifest.records.per
    for (let id = first; id < first + group.size; id++) assert.deepEqual(group.at(id - first), whole.at(id))
  })
})

test('every indexed term is in a piece whose range names it, with all its ids', () => {
  for (const field of ['title', 'text', 'code']) {
    for (const [term, [ids]] of data.index[`${field}.1.map`]) {
      const found = manifest.index.ranges.flatMap(([first, last], n) => (first <= term && term <= last ? JSON.parse(files.get(indexFiles[n]))[field].filter(([t]) => t === term).flatMap(([, gaps]) => fromGaps(gaps)) : []))
      assert.deepEqual(found.sort((a, b) => a - b), ids, `${field} ${term}`)
    }
  }
})

test('pieces are named by their content: a change renames the pieces of its kind, and only those', () => {
  const hashOf = (texts) => texts.reduce((h, text) => h.update(text).update('\n'), createHash('sha256')).digest('hex').slice(0, 12)
  assert.equal(manifest.records.name, `records.${hashOf(groupFiles.map((f) => files.get(f)))}`)
  assert.equal(manifest.index.name, `index.${hashOf(indexFiles.map((f) => files.get(f)))}`)
  // The same words in another order: what a result shows changes, what is indexed does not.
  const edited = records.map((r, i) => (i === records.length - 1 ? { ...r, text: r.text.split(' ').reverse().join(' ') } : r))
  const again = splitSearch(exportSearch(edited), CAPS).manifest
  assert.notEqual(again.records.name, manifest.records.name)
  assert.equal(again.index.name, manifest.index.name)
  assert.equal(again.words, manifest.words)
})

test('every query of the fixed set gives the same results from the pieces as from the whole index', async () => {
  const whole = importSearch(JSON.parse(JSON.stringify(data)))
  const fetched = []
  const pieces = await openPieces(manifest, async (name) => (fetched.push(name), read(name)))
  for (const { query } of ALL_QUERIES) assert.deepEqual(await pieces.search(query), whole.search(query), query)
  assert.ok(new Set(fetched).size === fetched.length, 'a piece is fetched once')
})

test('one query fetches the vocabulary, a few index pieces and only the records groups it shows', async () => {
  const fetched = []
  const pieces = await openPieces(manifest, async (name) => (fetched.push(name), read(name)))
  const { results } = await pieces.search('ACTFB')
  assert.equal(results[0].url, '/setting-up/#top-connector-actfb')
  const index = fetched.filter((f) => f.startsWith('index.'))
  const groups = fetched.filter((f) => f.startsWith('records.'))
  assert.equal(fetched[0], manifest.words)
  assert.ok(index.length >= 1 && index.length <= 3, `${index.length} index pieces`)
  assert.deepEqual(groups.sort(), [...new Set(results.map((r) => groupFiles[Math.floor(r.id / manifest.records.per)]))].sort())
})

test('an answer at once only when every piece a query reads is here, and then the same answer', async () => {
  const whole = importSearch(JSON.parse(JSON.stringify(data)))
  const pieces = await openPieces(manifest, read)
  assert.equal(pieces.searchNow('ACTFB'), undefined, 'nothing has arrived yet')
  await pieces.search('ACTFB')
  assert.deepEqual(pieces.searchNow('ACTFB'), whole.search('ACTFB'))
  // Another word reads other pieces: not here yet, so no answer rather than a partial one.
  assert.equal(pieces.searchNow('kittens'), undefined)
  await pieces.search('kittens')
  assert.deepEqual(pieces.searchNow('kittens'), whole.search('kittens'))
  // A site of one piece answers at once as soon as that piece is here.
  const small = splitSearch(data, { singleMaxGzip: 1e9 })
  const single = await openPieces(small.manifest, async (name) => JSON.parse(small.files.get(name)))
  assert.deepEqual(single.searchNow('kitt'), whole.search('kitt'))
})
