// `npm run build` on a site.json that names its versions or its base path wrongly: the build stops
// before anything is rendered, with `site.json:line:col what — how to fix`, and out/ is left whole.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

function build(t, settings, env = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-errors-'))
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  fs.mkdirSync(path.join(dir, 'content'))
  fs.writeFileSync(path.join(dir, 'content', 'site.json'), settings)
  fs.writeFileSync(path.join(dir, 'content', 'index.mdx'), '# Home\n\nWelcome.\n')
  fs.mkdirSync(path.join(dir, 'out'))
  fs.writeFileSync(path.join(dir, 'out', 'index.html'), 'the last good build')
  const run = spawnSync(process.execPath, ['lib/cli/build.mjs'], { cwd: project, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: path.join(dir, 'content'), PORTAL_OUT: path.join(dir, 'out'), ...env } })
  const lines = run.stderr.split('\n').filter(Boolean).map((line) => line.replaceAll(path.relative(project, path.join(dir, 'content')), 'content'))
  return { status: run.status, lines, out: fs.readFileSync(path.join(dir, 'out', 'index.html'), 'utf8'), left: fs.readdirSync(dir) }
}

test('a missing version folder and a duplicate version stop the build before it starts; out/ stays whole', (t) => {
  const { status, lines, out, left } = build(t, `{
  "title": "Docs",
  "versions": [{ "name": "1.x" }, { "name": "1.x" }],
  "pages": ["index"]
}
`)
  assert.equal(status, 1)
  assert.deepEqual(lines, [
    'content/site.json:3:26 version "1.x" is listed but content/versions/1.x/ does not exist — copy the content there with `npm run version:cut 1.x`, or remove the version from "versions"',
    'content/site.json:3:45 version "1.x" is listed twice, first at 3:26 — give each version its own name',
    '2 content errors: fix them and build again.',
    'Build stopped before it began; the previous out/ is left as it was.',
  ])
  assert.equal(out, 'the last good build')
  assert.deepEqual(left.sort(), ['content', 'out'])
})

test('a base path that is not a path, from site.json or BASE_PATH', (t) => {
  const fromFile = build(t, '{ "title": "Docs", "basePath": "docs/", "pages": ["index"] }\n')
  assert.equal(fromFile.status, 1)
  assert.equal(fromFile.lines[0], 'content/site.json:1:32 "basePath" "docs/" does not start with / — write "basePath": "/docs": a leading /, no / at the end, no address, or leave it out to serve the site at the root')
  const fromEnv = build(t, '{ "title": "Docs", "pages": ["index"] }\n', { BASE_PATH: 'https://example.com/docs' })
  assert.equal(fromEnv.status, 1)
  assert.equal(fromEnv.lines[0], 'BASE_PATH=https://example.com/docs is an address, not a path — write BASE_PATH=/docs: a leading /, no / at the end, no address, or leave it unset')
  assert.equal(fromEnv.out, 'the last good build')
})
