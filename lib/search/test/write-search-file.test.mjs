import test from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSite } from '../../content/load-site.mjs'
import { writeSearchFiles, SEARCH_FILE } from '../write-search-file.mjs'
import { openPieces } from '../pieces.mjs'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

test('the build writes an index the client can query', async (t) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'search-out-'))
  t.after(() => fs.rmSync(out, { recursive: true, force: true }))
  const file = await writeSearchFiles(out, await loadSite(path.join(fixtures, 'site')))
  assert.equal(file, path.join(out, SEARCH_FILE))
  const read = (name) => JSON.parse(fs.readFileSync(path.join(out, 'search', name), 'utf8'))
  for (const options of [{}, { singleMaxGzip: 0 }]) {
    const { search } = await openPieces(JSON.parse(fs.readFileSync(await writeSearchFiles(out, await loadSite(path.join(fixtures, 'site')), options), 'utf8')), async (name) => read(name))
    assert.equal((await search('actfb')).results[0].url, '/wiring/#top-connector-actfb', JSON.stringify(options))
  }
})

test('with search off in the settings, no search file is written', async (t) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'search-out-'))
  t.after(() => fs.rmSync(out, { recursive: true, force: true }))
  assert.equal(await writeSearchFiles(out, await loadSite(path.join(fixtures, 'off'))), null)
  assert.deepEqual(fs.readdirSync(out), [])
})
