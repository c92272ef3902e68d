import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSite } from '../../content/load-site.mjs'
import { readSite } from '../../content/read-site.mjs'
import { writePageFiles } from '../../cli/page-files.mjs'
import { seedWords } from '../../content/test/seed-words.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.join(here, '..', '..', '..')

/** What the build writes beside the pages, as `npm run build` writes it (its site folder's public/). */
async function built(t, dir) {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'markdown-out-'))
  t.after(() => fs.rmSync(siteDir, { recursive: true, force: true }))
  // The fixture site is published under /docs (its siteUrl says so; the base path puts it there).
  const { site, errors } = await readSite({ dir, out: siteDir, paths: { prefix: '/docs', basePath: '/docs', own: [] } })
  assert.deepEqual(errors, [])
  await writePageFiles(siteDir, site)
  const out = path.join(siteDir, 'public')
  return { out, read: (name) => fs.readFileSync(path.join(out, name), 'utf8') }
}

test('the build writes every page at its Markdown address, llms.txt and llms-full.txt', async (t) => {
  const { out, read } = await built(t, path.join(here, 'fixtures', 'site'))
  for (const name of ['index.md', 'wiring.md', 'llms.txt', 'llms-full.txt']) assert.ok(fs.existsSync(path.join(out, name)), name)
  assert.equal(read('index.md'), '# Introduction\n\nWelcome to the [fixture docs](https://docs.example.com/docs/wiring/).\n\n```shell\ncurl example\n```\n')
  assert.equal(read('wiring.md'), '# Wiring \\[top]\n\n> **This section is being written.**\n')
  assert.equal(read('llms-full.txt'), `${read('index.md')}\n---\n\n${read('wiring.md')}`)
})

test('llms.txt follows the convention: title, summary, then the pages with absolute Markdown URLs', async (t) => {
  const { read } = await built(t, path.join(here, 'fixtures', 'site'))
  assert.equal(read('llms.txt'), [
    '# Fixture Docs',
    '',
    '> Wire and program the fixture charger.',
    '',
    'Each page below is Markdown; [llms-full.txt](https://docs.example.com/docs/llms-full.txt) holds them all in one file.',
    '',
    '## Docs',
    '',
    '- [Introduction](https://docs.example.com/docs/index.md): Welcome to the fixture docs.',
    '- [Wiring \\[top\\]](https://docs.example.com/docs/wiring.md)',
    '',
  ].join('\n'))
})

test('content is sacred: every word of the seed appears in /llms-full.txt', async (t) => {
  const { read } = await built(t, path.join(root, 'content'))
  const text = read('llms-full.txt')
  const words = seedWords()
  assert.ok(words.size > 300, `only ${words.size} words read from the seed`)
  assert.deepEqual([...words].filter((word) => !text.includes(word)), [])
})

test('the Markdown has no JSX and no imports, and every sample of every language is fenced', async (t) => {
  const site = await loadSite(path.join(root, 'content'))
  const { read } = await built(t, path.join(root, 'content'))
  const text = read('llms-full.txt')
  const prose = text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '')
  assert.doesNotMatch(prose, /<\/?(Aside|Pending|TerminalTable|Include|SampleGroup|Sample)\b|^import |^export /m)
  const fences = text.match(/^```[^\n]*/gm).length
  const codeBlocks = JSON.stringify(site.pages.map((page) => page.tree)).match(/"type":"code"/g).length
  assert.equal(fences / 2, codeBlocks)
  assert.match(read('setting-up.md'), /\| `L` \*\*Mains voltage\*\* +\| Power live \(phase\) connection/)
})
