import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.join(here, '..', '..', '..')
// The committed copy of EVNEX's Slate source (the seed), used by the importer's round-trip test too.
const seed = fs.readFileSync(path.join(here, '../../slate-import/test/fixtures/seed/input/index.html.md'), 'utf8')

function contentText(dir) {
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((file) => String(file).endsWith('.mdx'))
    .map((file) => fs.readFileSync(path.join(dir, String(file)), 'utf8'))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
}

test('content is sacred: every word of the seed appears in content/', () => {
  const body = seed.split(/^---$/m).slice(2).join('---')
  // What Slate's markup says, not what readers read: tags, fence languages, table rules.
  const prose = body
    .replace(/<[^>]+>/g, ' ')
    .replace(/^```\w*$/gm, ' ')
    .replace(/^[-| ]+$/gm, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
  const words = new Set(prose.match(/[\p{L}\p{N}’'_+-]+/gu))
  const text = contentText(path.join(root, 'content'))
  const missing = [...words].filter((word) => !text.includes(word))
  assert.deepEqual(missing, [])
  assert.ok(words.size > 300, `only ${words.size} words read from the seed`)
})
