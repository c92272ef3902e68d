import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { OutError, writeAtomically } from '../writer.mjs'

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'slate-writer-'))
const files = [{ path: 'site.json', content: '{}' }, { path: 'index.mdx', content: '# Hi\n' }, { path: 'public/images/a.txt', content: 'a' }]

test('writes every file into a new folder and leaves no temporary folder behind', () => {
  const parent = scratch()
  const out = path.join(parent, 'site')
  writeAtomically(out, files)
  assert.equal(fs.readFileSync(path.join(out, 'index.mdx'), 'utf8'), '# Hi\n')
  assert.equal(fs.readFileSync(path.join(out, 'public/images/a.txt'), 'utf8'), 'a')
  assert.deepEqual(fs.readdirSync(parent), ['site'])
})

test('refuses a non-empty --out without force and leaves it untouched', () => {
  const out = scratch()
  fs.writeFileSync(path.join(out, 'keep.txt'), 'mine')
  assert.throws(() => writeAtomically(out, files), OutError)
  assert.deepEqual(fs.readdirSync(out), ['keep.txt'])
})

test('with force, replaces the folder as a whole', () => {
  const parent = scratch()
  const out = path.join(parent, 'site')
  fs.mkdirSync(out)
  fs.writeFileSync(path.join(out, 'old.mdx'), 'old')
  writeAtomically(out, files, { force: true })
  assert.deepEqual(fs.readdirSync(out).sort(), ['index.mdx', 'public', 'site.json'])
  assert.deepEqual(fs.readdirSync(parent), ['site'])
})

test('a failure while writing leaves the old folder as it was', () => {
  const parent = scratch()
  const out = path.join(parent, 'site')
  fs.mkdirSync(out)
  fs.writeFileSync(path.join(out, 'old.mdx'), 'old')
  assert.throws(() => writeAtomically(out, [...files, { path: 'x.png', copyFrom: path.join(parent, 'no-such-file') }], { force: true }))
  assert.deepEqual(fs.readdirSync(out), ['old.mdx'])
  assert.deepEqual(fs.readdirSync(parent), ['site'])
})
