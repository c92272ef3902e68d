/**
 * The Markdown of a page, on fixtures: fixtures/<case>/input.mdx goes through the site's own remark
 * plugins (as the content loader runs them) and must read exactly as fixtures/<case>/output.md.
 * One case per component (aside, pending, terminal table, sample group, figure, include) and per
 * kind of source (HTML elements, links, imports and comments). UPDATE_FIXTURES=1 rewrites the
 * output files, to be read and checked before committing.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parsePage } from '../../content/load-site.mjs'
import { pageMarkdown } from '../page-markdown.mjs'
import { readerTree } from '../reader-tree.mjs'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const settings = { siteUrl: 'https://docs.example.com', responseLanguages: ['json', 'text'], languageTabs: [{ key: 'shell' }, { key: 'javascript' }] }
const cases = fs.readdirSync(fixtures).filter((name) => fs.existsSync(path.join(fixtures, name, 'input.mdx'))).sort()

for (const name of cases) {
  test(`page Markdown: ${name}`, async () => {
    const dir = path.join(fixtures, name)
    const tree = await parsePage(path.join(dir, 'input.mdx'), settings)
    const markdown = pageMarkdown({ href: `/${name}/`, tree }, settings)
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(path.join(dir, 'output.md'), markdown)
    assert.equal(markdown, fs.readFileSync(path.join(dir, 'output.md'), 'utf8'))
    const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '')
    assert.doesNotMatch(prose, /<\/?[A-Z][A-Za-z]*[\s/>]|^import |^export /m, 'no JSX, no imports')
  })
}

test('the rendering leaves the page tree as it was (the HTML page and search read it too)', async () => {
  const tree = await parsePage(path.join(fixtures, 'terminal-table', 'input.mdx'), settings)
  const before = structuredClone(tree)
  pageMarkdown({ href: '/wiring/', tree }, settings)
  assert.deepEqual(tree, before)
})

test('an element with no Markdown rendering is listed with its place, and its text is kept', async (t) => {
  const dir = fs.mkdtempSync(path.join(fixtures, '..', 'tmp-'))
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  fs.writeFileSync(path.join(dir, 'page.mdx'), '# Page\n\n<x-player src="/a.mp4" />\n\n<applet>\nFallback words\n</applet>\n')
  const tree = await parsePage(path.join(dir, 'page.mdx'), settings)
  const { tree: plain, missing } = readerTree(tree, { base: 'https://docs.example.com/page/' })
  assert.deepEqual(missing.map((node) => [node.name, node.position.start.line]), [['x-player', 3], ['applet', 5]])
  assert.match(JSON.stringify(plain), /Fallback words/)
})
