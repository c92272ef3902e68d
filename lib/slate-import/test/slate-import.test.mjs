import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { fixture, importFixture, parseMdx } from './helpers.mjs'
import { mdxError, repairMdx } from '../validate-mdx.mjs'

const dialect = importFixture('dialect')

const nodes = (mdx, type) => {
  const found = []
  visit(parseMdx(mdx), type, (node) => {
    found.push(node)
  })
  return found
}
const jsx = (mdx, name) => nodes(mdx, (n) => (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === name)

test('the basic fixture imports to exactly the expected content folder', () => {
  const result = importFixture('basic')
  const expected = fixture('basic', 'expected')
  const written = Object.fromEntries(result.files.filter((f) => f.content !== undefined).map((f) => [f.path, f.content]))
  assert.deepEqual(Object.keys(written).sort(), fs.readdirSync(expected).sort())
  for (const [file, content] of Object.entries(written)) assert.equal(content, fs.readFileSync(`${expected}/${file}`, 'utf8'), file)
})

test('every imported page parses as MDX', () => {
  for (const page of dialect.pages) assert.equal(mdxError(page.mdx), undefined, page.slug)
})

test('one page per # section, in order, the first one the home page', () => {
  assert.deepEqual(dialect.settings.pages, ['index', 'samples', 'tables', 'http-request', 'intro-include', 'errors', 'plain-include'])
  assert.match(dialect.page('samples'), /^# Samples\n/)
})

test('front matter: tabs with display names and lang--variant keys, footers as links, extra keys kept', () => {
  const s = dialect.settings
  assert.deepEqual(s.languageTabs, [
    { key: 'shell', label: 'Shell' },
    { key: 'python--pybit', label: 'Python (PyBit)' },
    { key: 'ruby', label: 'Ruby' },
  ])
  assert.deepEqual(s.tocFooters, ['[Docs & more](https://example.com/a?x=1&y=2)', 'Plain footer'])
  assert.equal(s.title, 'Dialect Docs')
  assert.equal(s.description, 'Dialect test docs')
  assert.equal(s.search, false)
  assert.equal(s.slate['index.html.md'].code_clipboard, true)
})

test('includes: _name.md, subfolders, no underscore, commented-out entries skipped; CRLF and BOM read', () => {
  assert.match(dialect.page('intro-include'), /^# Intro Include\n\nFrom the include, with CRLF\.\n/)
  assert.doesNotMatch(dialect.page('intro-include'), /\r|\uFEFF/)
  assert.ok(dialect.page('errors'))
  assert.ok(dialect.page('plain-include'))
  assert.ok(!dialect.warnings.some((w) => w.includes('skipped')))
})

test('raw HTML becomes MDX-safe JSX: void tags closed, className, style objects, quoted values', () => {
  const home = dialect.page('index')
  assert.match(home, /Line one<br \/>line two/)
  assert.match(home, /<div className="box" style=\{\{"color": "red", "marginTop": "4px"\}\} data-x="1">/)
  assert.match(home, /<a id="old-anchor"><\/a>/)
  assert.equal(jsx(home, 'p').length, 1)
})

test('asides: the three Slate kinds, other classes a neutral aside, Markdown inside rendered', () => {
  const asides = jsx(dialect.page('index'), 'Aside')
  assert.deepEqual(asides.map((a) => a.attributes[0].value), ['notice', 'warning', 'success'])
  const [custom] = jsx(dialect.page('index'), 'aside')
  assert.equal(custom.attributes[0].value, 'aside aside-plain custom-note')
  assert.equal(toString(custom).trim(), 'A custom aside.')
  assert.equal(nodes(dialect.page('index'), 'strong').length, 1)
  assert.equal(toString(asides[0]).trim(), 'A notice with a link.')
})

test('HTML comments are dropped', () => {
  assert.doesNotMatch(dialect.page('index'), /comment nobody/)
})

test('###Heading without a space and ## closing hashes ## are headings', () => {
  const headings = nodes(dialect.page('index'), 'heading').map((h) => toString(h))
  assert.ok(headings.includes('No Space Heading'))
  assert.ok(headings.includes('Closing Hashes'))
})

test('{ } and bare < in prose show as written; {{placeholders}} kept; code untouched', () => {
  const text = toString(parseMdx(dialect.page('index')))
  assert.match(text, /prose \{id\}, <account id>, ApiResponse<T>, \{\{placeholder\}\} and a < b\./)
  assert.match(dialect.page('index'), /`\/users\/\{id\}`/)
})

test('autolinks become links; in-page anchors point to the page that now holds them', () => {
  const links = nodes(dialect.page('index'), 'link').map((l) => l.url)
  assert.deepEqual(links, ['https://example.com', 'https://example.com/auto', '/errors/#errors'])
})

test('relative images point to the site root and are copied into public/', () => {
  assert.match(dialect.page('index'), /!\[Diagram\]\(\/images\/diagram\.png\)/)
  assert.ok(dialect.files.some((f) => f.path === 'public/images/diagram.png' && f.copyFrom))
})

test('samples: consecutive blocks kept together, lang--variant keys kept, other languages always visible', () => {
  const langs = nodes(dialect.page('samples'), 'code').map((c) => c.lang)
  assert.deepEqual(langs, ['shell', 'python--pybit', 'ruby', 'json', 'yaml'])
  assert.deepEqual(dialect.settings.responseLanguages, ['json', 'yaml'])
  assert.equal(nodes(dialect.page('samples'), 'blockquote').length, 1)
})

test('pipe tables with and without a leading |, <br> in cells, tables and text indented 4+ spaces', () => {
  const tables = nodes(dialect.page('tables'), 'table')
  assert.equal(tables.length, 3)
  assert.deepEqual(tables.map((t) => toString(t.children.at(-1).children[0])), ['b', 'c', 'd'])
  assert.equal(jsx(dialect.page('tables'), 'br').length, 1)
  assert.equal(nodes(dialect.page('tables'), 'code').length, 0)
  assert.match(toString(parseMdx(dialect.page('tables'))), /Indented text is not code\./)
})

test('what cannot be converted stays visible with a warning naming file:line', () => {
  assert.match(toString(parseMdx(dialect.page('errors'))), /An unclosed bold tag\./)
  assert.ok(dialect.warnings.some((w) => /includes\/sub\/_more\.md:5 <b> is never closed/.test(w)), dialect.warnings.join('\n'))
  assert.match(toString(parseMdx(dialect.page('errors'))), /Bad \{request\}/)
})

test("old anchors: Slate's ids map to the page and per-page id they became; an id repeated in another file meant the first", () => {
  // The page and its two includes each had one "HTTP Request": three `#http-request`s, never a `-2`.
  assert.equal(dialect.anchors['#http-request'], '/http-request/#http-request')
  assert.equal(dialect.anchors['#http-request-2'], undefined)
  assert.equal(dialect.anchors['#http-request-3'], undefined)
  assert.equal(dialect.anchors['#closing-hashes'], undefined, 'anchors already on the home page need no redirect')
})

test('summary counts what was imported', () => {
  assert.deepEqual(
    { pages: dialect.summary.pages, codeSamples: dialect.summary.codeSamples, tables: dialect.summary.tables, asides: dialect.summary.asides, comments: dialect.summary.commentsDropped },
    { pages: 7, codeSamples: 5, tables: 5, asides: 4, comments: 1 },
  )
})

test('a | written inside a table cell stays text in that cell', () => {
  const table = nodes(dialect.page('http-request'), 'table')[0]
  assert.deepEqual(table.children[1].children.map((cell) => toString(cell)), ['id', 'the ID|name of the thing'])
  assert.ok(dialect.warnings.some((w) => /index\.html\.md:\d+ a `\|` in a table cell/.test(w)))
})

test('a picture missing beside the source becomes its description, with a warning', () => {
  const text = toString(parseMdx(dialect.page('http-request')))
  assert.match(text, /Picture: Gone \(images\/missing\.png, missing from the source\)/)
  assert.match(text, /Picture: Also gone \(images\/also-missing\.png, missing from the source\)/)
  assert.ok(dialect.warnings.some((w) => /index\.html\.md:\d+ picture images\/missing\.png is not beside the source/.test(w)))
})

test('a link to an anchor Slate never had, or to a page that is not in the docs, keeps its text with a warning; raw ids stay links', () => {
  const page = dialect.page('http-request')
  assert.match(page, /A dead link, a \[raw anchor link\]\(\/#old-anchor\) and a page link\./)
  assert.ok(dialect.warnings.some((w) => w.includes('link to #nowhere: no heading or anchor of that name in the Slate site either')))
  assert.ok(dialect.warnings.some((w) => w.includes('link to other.html#x is not a page of these docs — kept as text; give --site-url')))
})

test('a footnote is not a link definition; an <angle-bracket> destination is a link; a stray backtick does not hide the links after it', async () => {
  const { retargetLinks } = await import('../links.mjs')
  const resolve = (u) => (u === '#y' ? '/p/#y' : { dead: 'no anchor' })
  assert.equal(retargetLinks('[^1]: <a href="#y">note</a>\n[r]: #gone', '/', resolve), '[^1]: <a href="/p/#y">note</a>\n[r]: #')
  assert.equal(retargetLinks('[a](<#a b>) and [b](<#y>)', '/', resolve), 'a and [b](/p/#y)')
  assert.equal(retargetLinks('A ` stray tick.\n\nThen <a href="#gone">x</a> and `code`.', '/', resolve), 'A ` stray tick.\n\nThen <a>x</a> and `code`.')
})

test('an element left open is repaired where it opened, not at the top of the page', () => {
  const warnings = []
  const fixed = repairMdx('# Page\n\nFine text.\n\n<div>\nOpen and never closed.', (line, message) => warnings.push(line))
  assert.equal(mdxError(fixed), undefined)
  assert.deepEqual(warnings, [5])
  assert.equal(fixed, "# Page\n\nFine text.\n\n\nOpen and never closed.")
})
