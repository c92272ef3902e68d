import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { checkContent } from '../check-content.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, 'fixtures', 'check-content')
const cases = fs.readdirSync(fixtures).sort()

test('there is a fixture for at least 15 kinds of bad input', () => {
  assert.ok(cases.filter((c) => c !== 'valid').length >= 15, cases.join(', '))
})

for (const name of cases) {
  test(`content check: ${name}`, async () => {
    const dir = path.join(fixtures, name)
    const { errors, warnings } = await checkContent({ dir: path.join(dir, 'content'), cwd: dir })
    const expected = fs.readFileSync(path.join(dir, 'expected.txt'), 'utf8').trim()
    assert.equal([...errors, ...warnings].join('\n'), expected)
    for (const line of errors) assert.match(line, /^content\/[\w/.-]+:\d+:\d+ .+ — .+/)
  })
}

test('a failed build prints file:line, no stack trace, and leaves the previous out/ as it was', () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-build-'))
  fs.mkdirSync(path.join(project, 'out'))
  fs.writeFileSync(path.join(project, 'out', 'index.html'), 'previous build')
  const build = spawnSync(process.execPath, [path.join(here, '..', '..', 'cli', 'build.mjs')], {
    cwd: project,
    env: { ...process.env, CONTENT_DIR: path.join(fixtures, 'mdx-unclosed-tag', 'content') },
    encoding: 'utf8',
  })
  assert.equal(build.status, 1)
  assert.match(build.stderr, /guide\.mdx:5:1 Expected a closing tag for `<Aside>`/)
  assert.doesNotMatch(build.stderr, /^\s+at /m)
  assert.equal(fs.readFileSync(path.join(project, 'out', 'index.html'), 'utf8'), 'previous build')
  // Nothing half-built is left; the pages that were read are kept for the next build (node_modules/.cache).
  assert.deepEqual(fs.readdirSync(project).filter((name) => name !== 'node_modules').sort(), ['out'])
  fs.rmSync(project, { recursive: true, force: true })
})
