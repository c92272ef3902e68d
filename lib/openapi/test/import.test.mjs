import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { contentWithReference } from '../content-with-reference.mjs'
import { checkContent } from '../../content/check-content.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const cli = path.join(here, '..', '..', 'cli', 'import-openapi.mjs')

test('import:openapi writes a content folder with the spec and the files it $refs, which passes the content checks', async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'import-openapi-'))
  const out = path.join(work, 'docs')
  try {
    const run = spawnSync(process.execPath, [cli, path.join(here, 'fixtures', 'multi-file', 'spec.yaml'), '--out', out], { encoding: 'utf8' })
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stdout, /the spec \(3 files\), site\.json and a home page/)
    assert.deepEqual(fs.readdirSync(out).sort(), ['index.mdx', 'openapi', 'site.json'])
    assert.ok(fs.existsSync(path.join(out, 'openapi', 'paths', 'pets.yaml')))
    assert.ok(fs.existsSync(path.join(out, 'openapi', 'schemas', 'pet.yaml')))
    const settings = JSON.parse(fs.readFileSync(path.join(out, 'site.json'), 'utf8'))
    assert.deepEqual(settings.openapi, [{ spec: 'openapi/spec.yaml', slug: 'reference' }])
    assert.deepEqual(settings.pages, ['index', 'reference'])
    // No reference page is written: the build makes them from the spec.
    assert.deepEqual(fs.readdirSync(out).filter((f) => f.endsWith('.mdx')), ['index.mdx'])

    const prepared = await contentWithReference(work, out, '.out-content')
    const { errors } = await checkContent({ dir: prepared.dir, cwd: work })
    assert.deepEqual(errors, [])
    assert.ok(fs.existsSync(path.join(prepared.dir, 'reference-operations.mdx')))

    const again = spawnSync(process.execPath, [cli, path.join(here, 'fixtures', 'multi-file', 'spec.yaml'), '--out', out], { encoding: 'utf8' })
    assert.equal(again.status, 1)
    assert.match(again.stderr, /is not empty — choose an empty folder, or add --force/)
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
})

test('import:openapi refuses a spec with a broken $ref with its file:line:column and writes nothing', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'import-openapi-'))
  try {
    const run = spawnSync(process.execPath, [cli, path.join(here, 'fixtures', 'errors', 'missing-pointer', 'spec.yaml'), '--out', path.join(work, 'docs')], { encoding: 'utf8' })
    assert.equal(run.status, 1)
    assert.match(run.stderr, /missing-pointer\/spec\.yaml:12:23 `\$ref` "#\/components\/schemas\/Nope" points at nothing/)
    assert.deepEqual(fs.readdirSync(work), [])
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
})
