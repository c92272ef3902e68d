/** `npm run import:slate` as a Slate user runs it: pointed at the repository, or at page files. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const fixture = (name) => path.join(root, 'lib/slate-import/test/fixtures', name, 'input')
const importSlate = (...args) => spawnSync(process.execPath, [path.join(root, 'lib/cli/import-slate.mjs'), ...args], { cwd: root, encoding: 'utf8' })

test('pointed at a Slate repository, it finds the pages in source/, says which, and imports them all', (t) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'import-repo-'))
  t.after(() => fs.rmSync(out, { recursive: true, force: true }))
  const run = importSlate(fixture('middleman-tree'), '--out', out, '--force')
  assert.equal(run.status, 0, run.stderr)
  assert.match(run.stdout, /Found 4 pages in .*middleman-tree\/input\/source\/ \(index\.html\.md is the home page\): index\.html\.md, localizable\/faq\.html\.md, v2\.html\.erb, docs\/guide\.html\.md\.erb/)
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(out, 'site.json'), 'utf8')).pages, ['index', 'errors', 'faq-faq', 'v2', 'docs-guide-guide'])
  assert.ok(fs.existsSync(path.join(out, 'public', 'docs', 'guide.html')))
})

test('page files listed one by one still work; a folder with no pages, or a folder and files together, is a clear error', (t) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'import-files-'))
  t.after(() => fs.rmSync(out, { recursive: true, force: true }))
  const files = importSlate(path.join(fixture('no-index'), 'en.html.md'), path.join(fixture('no-index'), 'zh.html.md'), '--out', out, '--force')
  assert.equal(files.status, 0, files.stderr)
  assert.ok(fs.existsSync(path.join(out, 'public', 'en.html')), 'the first page keeps its old URL')
  const empty = importSlate(path.join(fixture('middleman-tree'), 'source', 'layouts'), '--out', out, '--force')
  assert.equal(empty.status, 2)
  assert.match(empty.stderr, /^no Slate pages in .*layouts — a page is a \*\.html\.md, \*\.html\.md\.erb or \*\.html\.erb file outside includes\/ and layouts\//)
  const both = importSlate(fixture('no-index'), path.join(fixture('no-index'), 'en.html.md'), '--out', out)
  assert.equal(both.status, 2)
  assert.match(both.stderr, /^give one folder \(the Slate repository or its source\/\), or page files — not both/)
})

test('a localized repository: every locale is imported into its folder and listed; --default-locale names the unsuffixed pages\' locale, and a bad one is a clear error', (t) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'import-locales-'))
  t.after(() => fs.rmSync(out, { recursive: true, force: true }))
  const run = importSlate(fixture('i18n-middleman'), '--out', out, '--force')
  assert.equal(run.status, 0, run.stderr)
  assert.match(run.stdout, /Locales: en \(5 pages, the default\), ko \(4 pages in locales\/ko\/\), de \(3 pages in locales\/de\/\)\./)
  assert.ok(fs.existsSync(path.join(out, 'locales', 'ko', 'errors.mdx')))
  assert.ok(fs.existsSync(path.join(out, 'public', 'kr', 'index.html')))
  const named = importSlate(fixture('i18n'), '--out', out, '--force', '--default-locale', 'fr')
  assert.equal(named.status, 0, named.stderr)
  assert.match(named.stdout, /Locales: fr \(2 pages, the default\), zh-CN/)
  const bad = importSlate(fixture('i18n'), '--out', out, '--force', '--default-locale', 'en gb')
  assert.equal(bad.status, 2)
  assert.match(bad.stderr, /^--default-locale en gb: give the locale code/)
})
