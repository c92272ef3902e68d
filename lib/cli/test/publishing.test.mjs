// The README's GitHub Pages recipe, as a reader copies it: a workflow that parses, builds the site
// for /<repo> from a full clone and publishes out/ (whose .nojekyll and policies the build writes).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const readme = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'README.md'), 'utf8')

test('the GitHub Pages workflow in the README builds for the repository path and publishes out/', () => {
  const block = /\*\*GitHub Pages\.\*\*[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1]
  assert.ok(block, 'the README has the workflow')
  const workflow = parse(block)
  const steps = workflow.jobs.publish.steps
  const uses = (name) => steps.find((step) => step.uses?.startsWith(name))
  assert.equal(uses('actions/checkout').with['fetch-depth'], 0)
  assert.equal(uses('actions/setup-node').with['node-version'], 20)
  const build = steps.find((step) => step.run === 'npm run build')
  assert.equal(build.env.BASE_PATH, '/${{ github.event.repository.name }}')
  assert.ok(steps.findIndex((step) => step.run === 'npm ci') < steps.indexOf(build))
  assert.equal(uses('actions/upload-pages-artifact').with.path, 'out')
  assert.ok(uses('actions/deploy-pages'))
  assert.deepEqual(workflow.permissions, { contents: 'read', pages: 'write', 'id-token': 'write' })
})

test('the nginx recipe includes the file the build writes', () => {
  const block = /\*\*nginx\.\*\*[\s\S]*?```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  assert.match(block, /include \/srv\/www\/docs\/_nginx\.conf;/)
  assert.match(block, /error_page 404 \/docs\/404\.html;/)
})
