import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { fixtureSite } from './fixture-site.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, 'fixtures')
const cases = fs.readdirSync(fixtures).filter((name) => name !== 'errors').sort()

/** Every case: the content checks pass on what the generator wrote, and the pages read as expected.md says. */
for (const name of cases) {
  test(`reference fixture: ${name}`, async () => {
    const site = await fixtureSite(path.join(fixtures, name))
    try {
      assert.deepEqual(site.errors, [])
      const reference = site.site.pages.filter((page) => page.slug.startsWith('api'))
      const got = reference.map((page) => `<!-- /${page.slug}/ -->\n\n${site.markdown[page.slug]}`).join('\n')
      const file = path.join(fixtures, name, 'expected.md')
      if (process.env.UPDATE_FIXTURES === '1') fs.writeFileSync(file, got)
      assert.equal(got, fs.readFileSync(file, 'utf8'))
    } finally {
      site.cleanup()
    }
  })
}

test('XSS payloads in a description, summary, example or enum are text on the page, never markup', async () => {
  const trees = []
  const site = await fixtureSite(path.join(fixtures, 'xss'), { onRendered: (slug, hast) => trees.push([slug, hast]) })
  try {
    assert.deepEqual(site.errors, [])
    const risky = []
    let text = ''
    const walk = (node) => {
      if (node.type === 'text') text += node.value
      if (node.type === 'element' && /^(script|style|iframe|img|svg|math|body|details|object|embed)$/.test(node.tagName)) risky.push(`<${node.tagName}>`)
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        if (/^on/i.test(key) || /^\s*javascript:/i.test(String(value))) risky.push(`${node.tagName} ${key}=${value}`)
      }
      for (const attribute of node.attributes ?? []) {
        if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(String(attribute.value))) risky.push(`${node.name} ${attribute.name}`)
      }
      for (const child of node.children ?? []) walk(child)
    }
    for (const [, tree] of trees.filter(([slug]) => slug.startsWith('api'))) walk(tree)
    assert.deepEqual(risky, [])
    // The payloads are still there to read, as text.
    for (const shown of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '{alert(1)}', '</script><script>alert(1)</script>']) {
      assert.ok(text.includes(shown), `${shown} is shown as text`)
    }
  } finally {
    site.cleanup()
  }
})

test('an operation is found by its summary, operationId, path and parameter names, at its operationId anchor', async () => {
  const { siteRecords } = await import('../../search/records.mjs')
  const site = await fixtureSite(path.join(fixtures, 'openapi-30'))
  try {
    const page = site.site.pages.find((p) => p.slug === 'api-kittens')
    // The operationId is the anchor; an operation without one gets its heading's.
    assert.deepEqual(page.headings.map((h) => h.id), ['kittens', 'getallkittens', 'get-a-specific-kitten', 'watchkittens'])
    const records = siteRecords(site.site)
    const all = records.find((r) => r.anchor === 'getallkittens')
    assert.deepEqual(all.path, ['Kittens', 'Get All Kittens'])
    for (const words of ['getAllKittens', '/kittens', 'include_cats', 'X-Trace', 'session', 'X-Rate-Limit']) assert.ok(all.text.includes(words), `${words} is in the record`)
    const one = records.find((r) => r.anchor === 'get-a-specific-kitten')
    assert.ok(one.text.includes('/kittens/{id}'), one.text)
    assert.ok(one.code.includes('curl'), 'the samples are the record\'s code')
  } finally {
    site.cleanup()
  }
})

test('the sidebar groups come from x-tagGroups, in the shape of site.json pages; ungrouped pages follow; the whole reference is one group', async () => {
  const { referenceNavigation } = await import('../navigation.mjs')
  const site = await fixtureSite(path.join(fixtures, 'tag-groups'))
  try {
    assert.deepEqual(site.site.settings.pages, ['index', 'api', 'api-droplets', 'api-volumes', 'api-billing', 'api-operations'])
    const titles = (entries) => entries.map((e) => (e.type === 'page' ? e.slug : { [e.title]: titles(e.children) }))
    assert.deepEqual(titles(site.site.settings.pageTree), ['index', { Grouped: ['api', { Compute: ['api-droplets', 'api-volumes'] }, { Account: ['api-billing'] }, 'api-operations'] }])
    const model = { title: 'Grouped', tagGroups: [{ name: 'Compute', tags: ['Droplets', 'Volumes'] }, { name: 'Account', tags: ['Billing'] }] }
    const written = ['api', 'api-droplets', 'api-volumes', 'api-billing', 'api-operations'].map((slug) => ({ slug }))
    const planned = [{ slug: 'api-droplets', tag: { name: 'Droplets' } }, { slug: 'api-volumes', tag: { name: 'Volumes' } }, { slug: 'api-billing', tag: { name: 'Billing' } }]
    const nav = referenceNavigation(model, written, planned)
    assert.deepEqual(nav, { title: 'Grouped', pages: ['api', { title: 'Compute', pages: ['api-droplets', 'api-volumes'] }, { title: 'Account', pages: ['api-billing'] }, 'api-operations'] })
  } finally {
    site.cleanup()
  }
})

test('x-codeSamples replace the generated sample of their language; other languages are added with their names', async () => {
  const site = await fixtureSite(path.join(fixtures, 'code-samples'))
  try {
    const page = site.site.pages.find((p) => p.slug === 'api-operations')
    assert.deepEqual(page.groups, [['shell', 'javascript', 'python', 'ruby', 'go'], ['shell', 'javascript', 'python', 'ruby']])
    assert.match(site.markdown['api-operations'], /```shell\ncurl https:\/\/api\.example\.com\/a -H "Authorization: Bearer \$TOKEN"\n```/)
    assert.match(site.markdown['api-operations'], /```python\napi\.get_b\(\)\n```/)
    assert.equal(site.site.settings.languageNames.go, 'Go SDK')
    assert.deepEqual(site.warnings, [])
  } finally {
    site.cleanup()
  }
})

test('a problem the content checks find in a reference page is reported at the line of the spec it came from', async () => {
  const os = await import('node:os')
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-link-'))
  fs.writeFileSync(path.join(folder, 'spec.yaml'), [
    'openapi: 3.0.3',
    'info: { title: Links, version: "1" }',
    'paths:',
    '  /a:',
    '    get:',
    '      operationId: getA',
    '      summary: Get A',
    '      description: See [the home page](/#nowhere) and [B](/api-operations/#getb).',
    '      responses: { "200": { description: OK } }',
    '',
  ].join('\n'))
  const site = await fixtureSite(folder)
  try {
    assert.deepEqual(site.errors, ['content/openapi/spec.yaml:8:20 link to `/#nowhere`: page "index" has no anchor #nowhere — use a heading\'s anchor (lower-case, dashes)', 'content/openapi/spec.yaml:8:20 link to `/api-operations/#getb`: page "api-operations" has no anchor #getb — use a heading\'s anchor (lower-case, dashes)'])
  } finally {
    site.cleanup()
    fs.rmSync(folder, { recursive: true, force: true })
  }
})

test('what the generator cannot render is shown as written, with a warning at its place in the spec', async () => {
  const site = await fixtureSite(path.join(fixtures, 'openapi-30'))
  try {
    assert.deepEqual(site.specWarnings, [
      'content/openapi/spec.yaml:56:7 warning: parameter "mood" of POST /kittens/watch is in "body", which OpenAPI does not have — shown as written; use path, query, header or cookie',
      'content/openapi/spec.yaml:56:7 warning: the schema of "odd" is not a schema object ("not-a-schema") — shown as written; write it as { type: … }',
    ])
  } finally {
    site.cleanup()
  }
})
