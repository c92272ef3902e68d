import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { anchorMap } from '../anchor-map.mjs'

const page = (slug, ids) => ({ slug, href: slug === 'index' ? '/' : `/${slug}/`, headings: ids.map((id) => ({ id })) })

test('every heading off the home page is found by its id; the first page to have an id keeps it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anchor-map-'))
  const map = anchorMap({ dir, pages: [page('index', ['introduction']), page('kittens', ['kittens', 'http-request']), page('errors', ['http-request'])] })
  assert.deepEqual(map, { '#kittens': '/kittens/#kittens', '#http-request': '/kittens/#http-request' })
})

test("an imported site's Slate anchors win over the per-page ids", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anchor-map-'))
  fs.writeFileSync(path.join(dir, 'slate-anchors.json'), JSON.stringify({ '#http-request-2': '/errors/#http-request', 'v2.html#': '/v2-intro/' }))
  const map = anchorMap({ dir, pages: [page('kittens', ['http-request']), page('errors', ['http-request'])] })
  assert.equal(map['#http-request-2'], '/errors/#http-request')
  assert.equal(map['#http-request'], '/kittens/#http-request')
  assert.equal(map['v2.html#'], '/v2-intro/')
})

test('ids authors gave elements (<a id>, <h2 id>) are found like headings', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anchor-map-'))
  const map = anchorMap({ dir, pages: [{ ...page('schemas', ['schemas']), anchors: ['schemaedit', 'tocS_Edit'] }] })
  assert.equal(map['#schemaedit'], '/schemas/#schemaedit')
  assert.equal(map['#tocS_Edit'], '/schemas/#tocS_Edit')
})
