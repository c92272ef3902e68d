import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withoutKeys, withVersion } from '../version-cut.mjs'

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

test('site.json edits keep every other line as written', () => {
  const text = '{\n  "title": "Docs",\n  "basePath": "/docs",\n  "versions": [{ "name": "1.x" }],\n  "pages": ["index"]\n}\n'
  assert.equal(withoutKeys(text, ['versions', 'versionLabel', 'basePath']), '{\n  "title": "Docs",\n  "pages": ["index"]\n}\n')
  assert.equal(withoutKeys('{ "title": "T", "pages": [], "basePath": "/d" }', ['basePath']), '{ "title": "T", "pages": [] }')
  assert.equal(withVersion(text, '2.x'), '{\n  "title": "Docs",\n  "basePath": "/docs",\n  "versions": [{ "name": "2.x", "label": "2.x" }, { "name": "1.x" }],\n  "pages": ["index"]\n}\n')
  assert.equal(withVersion('{\n  "title": "Docs",\n  "pages": ["index"]\n}\n', '1.x'), '{\n  "title": "Docs",\n  "versions": [{ "name": "1.x", "label": "1.x" }],\n  "pages": ["index"]\n}\n')
})

test('npm run version:cut copies the content into versions/<name>/ and lists it first; a name taken or not a URL segment is refused', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'version-cut-'))
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  const content = path.join(dir, 'docs')
  fs.mkdirSync(path.join(content, 'partials'), { recursive: true })
  fs.writeFileSync(path.join(content, 'site.json'), '{\n  "title": "Docs",\n  "versionLabel": "2.x",\n  "pages": ["index", "guide"]\n}\n')
  fs.writeFileSync(path.join(content, 'index.mdx'), '# Home\n\nWelcome.\n')
  fs.writeFileSync(path.join(content, 'guide.mdx'), '# Guide\n\n<Include src="partials/note.mdx" />\n')
  fs.writeFileSync(path.join(content, 'partials', 'note.mdx'), 'A note.\n')
  const cut = (name) => spawnSync(process.execPath, [path.join(project, 'lib/cli/version-cut.mjs'), ...(name ? [name] : [])], { cwd: dir, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } })

  const first = cut('1.x')
  assert.equal(first.status, 0, first.stderr)
  assert.match(first.stdout, /^Copied docs\/ \(2 pages\) to docs\/versions\/1\.x\/, listed first in docs\/site\.json "versions" and served at \/1\.x\/\./)
  assert.deepEqual(fs.readdirSync(path.join(content, 'versions', '1.x')).sort(), ['guide.mdx', 'index.mdx', 'partials', 'site.json'])
  assert.equal(fs.readFileSync(path.join(content, 'versions', '1.x', 'site.json'), 'utf8'), '{\n  "title": "Docs",\n  "pages": ["index", "guide"]\n}\n')
  assert.match(fs.readFileSync(path.join(content, 'site.json'), 'utf8'), /"versions": \[\{ "name": "1\.x", "label": "1\.x" \}\],\n  "pages"/)

  assert.equal(cut('1.X').status, 1)
  assert.match(cut('1.X').stderr, /version "1\.X" exists already/)
  assert.match(cut('guide').stderr, /version "guide" has the name of a page/)
  assert.match(cut('my version').stderr, /is not a URL segment/)
  assert.match(cut().stderr, /give the version a name/)
  // The second version cut is listed first: the menu is newest first.
  assert.equal(cut('1.5').status, 0)
  assert.match(fs.readFileSync(path.join(content, 'site.json'), 'utf8'), /"versions": \[\{ "name": "1\.5", "label": "1\.5" \}, \{ "name": "1\.x", "label": "1\.x" \}\]/)
  assert.deepEqual(fs.readdirSync(path.join(content, 'versions', '1.5')).includes('versions'), false)
})
