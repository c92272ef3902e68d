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
