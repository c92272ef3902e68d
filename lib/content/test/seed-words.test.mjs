import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedWords } from './seed-words.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.join(here, '..', '..', '..')

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
  const words = seedWords()
  const text = contentText(path.join(root, 'content'))
  const missing = [...words].filter((word) => !text.includes(word))
  assert.deepEqual(missing, [])
  assert.ok(words.size > 300, `only ${words.size} words read from the seed`)
})
