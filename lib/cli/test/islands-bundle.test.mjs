import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { bundleIslands } from '../islands-bundle.mjs'

const root = path.resolve(import.meta.dirname, '../../..')
const importsOf = (code) => [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1])
const lazyOf = (code) => [...code.matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map((m) => m[1])

test('opening search fetches one file: whatever a lazy chunk (the search code) imports, every page has preloaded', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'islands-'))
  try {
    const { entry, preload } = await bundleIslands(root, out)
    const read = (file) => fs.readFileSync(path.join(out, file), 'utf8')
    const lazy = lazyOf(read(entry))
    assert.ok(lazy.length >= 1, 'the search code is a lazy chunk')
    for (const chunk of lazy) {
      const later = importsOf(read(chunk)).filter((file) => file !== entry && !preload.includes(file))
      assert.deepEqual(later, [], `${chunk}: a file fetched only once it has arrived is a second round trip`)
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
  }
})
