import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { readSpec, SpecError } from '../read-spec.mjs'
import { specOf } from './fixture-site.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, 'fixtures', 'errors')

/** Each bad spec: a SpecError whose lines are `file:line:column what — how to fix`, as expected.txt says. */
for (const name of fs.readdirSync(fixtures).sort()) {
  test(`bad spec: ${name}`, async () => {
    const folder = path.join(fixtures, name)
    const error = await readSpec(path.join(folder, specOf(folder)), { cwd: folder }).then(() => undefined, (e) => e)
    assert.ok(error instanceof SpecError, `${name} is refused`)
    const file = path.join(folder, 'expected.txt')
    if (process.env.UPDATE_FIXTURES === '1') fs.writeFileSync(file, `${error.problems.join('\n')}\n`)
    assert.equal(error.problems.join('\n'), fs.readFileSync(file, 'utf8').trim())
    for (const line of error.problems) assert.match(line, /^[\w/.-]+:\d+:\d+ .+ — .+/)
  })
}

test('a build with a bad spec prints file:line:column, no stack trace, and leaves the previous out/ as it was', () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-openapi-build-'))
  const content = path.join(project, 'content')
  fs.cpSync(path.join(fixtures, 'missing-file'), path.join(content, 'api'), { recursive: true })
  fs.writeFileSync(path.join(content, 'site.json'), JSON.stringify({ title: 'T', openapi: [{ spec: 'api/spec.yaml' }], pages: ['index', 'reference'] }))
  fs.writeFileSync(path.join(content, 'index.mdx'), '# Home\n')
  fs.mkdirSync(path.join(project, 'out'))
  fs.writeFileSync(path.join(project, 'out', 'index.html'), 'previous build')
  const build = spawnSync(process.execPath, [path.join(here, '..', '..', 'cli', 'build.mjs')], { cwd: project, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' })
  assert.equal(build.status, 1)
  assert.match(build.stderr, /^content\/api\/paths\/a\.yaml:8:19 `\$ref` "\.\.\/models\/gone\.yaml" cannot be resolved/m)
  assert.doesNotMatch(build.stderr, /^\s+at /m)
  assert.equal(fs.readFileSync(path.join(project, 'out', 'index.html'), 'utf8'), 'previous build')
  assert.deepEqual(fs.readdirSync(project).sort(), ['content', 'out'])
  fs.rmSync(project, { recursive: true, force: true })
})
