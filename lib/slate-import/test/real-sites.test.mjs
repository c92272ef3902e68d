/**
 * The rules real Slate sites need, one small fixture each (the corpus-wide run is
 * `npm run conformance`), and the invariant over all of them: whatever the importer writes from
 * any fixture passes the portal's content checks with no error.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fixture } from './helpers.mjs'
import { importSlate } from '../import-site.mjs'
import { findPages } from '../source-pages.mjs'
import { writeAtomically } from '../writer.mjs'
import { localeContentFolder } from '../locale-folder.mjs'
import { checkContent } from '../../content/check-content.mjs'
import { parseMdx } from './helpers.mjs'
import { visit } from 'unist-util-visit'
import { toString } from 'mdast-util-to-string'

function importSet(name, options) {
  const { root, pages } = findPages(fixture(name, 'input'))
  const result = importSlate(pages, { sourceRoot: root, ...options })
  return { ...result, page: (slug) => result.pages.find((p) => p.slug === slug)?.mdx ?? '', warned: (text) => result.warnings.some((w) => w.includes(text)) }
}

const CASES = fs.readdirSync(fixture()).filter((name) => fs.existsSync(fixture(name, 'input')))

test('every fixture is in the invariant below', () => assert.ok(CASES.includes('basic') && CASES.includes('dialect'), CASES.join(', ')))

for (const name of CASES) {
  test(`${name}: the imported content passes the content checks, each locale's folder too`, async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), `import-${name}-`))
    const site = importSet(name)
    writeAtomically(out, site.files, { force: true })
    const { errors } = await checkContent({ dir: out })
    assert.deepEqual(errors, [])
    for (const { code } of site.settings.locales?.slice(1) ?? []) {
      const { dir } = localeContentFolder(out, code, `${out}-${code}`)
      assert.deepEqual((await checkContent({ dir })).errors, [], code)
    }
  })
}

test('raw <a href> links to other source pages, in-page anchors and anchors on other pages are retargeted like Markdown ones', () => {
  const site = importSet('html-links')
  assert.match(site.page('index'), /<a href="\/harvest-harvest\/">to the harvest page<\/a>, <a href="\/harvest-harvest\/#gather">to gathering<\/a>/)
  assert.match(site.page('index'), /<a href="\/errors\/#errors">to the errors<\/a>/)
  assert.match(site.page('harvest-harvest'), /<a href="\/#start">the start<\/a> or the \[errors\]\(\/errors\/#errors\)/)
  assert.match(site.page('errors'), /<a href="\/harvest-harvest\/#gather">anchor on another page<\/a>/)
})

test('link text wrapped over lines, `/page/#x` and `./page.html#x` forms all land on the anchor', () => {
  const site = importSet('html-links')
  assert.match(site.page('index'), /\[gathering\nguide\]\(\/harvest-harvest\/#gather\)/)
  assert.match(site.page('index'), /\[the\nharvest page\]\(\/harvest-harvest\/#gather\)/)
})

test('a link to a path outside the docs is text with a file:line warning, or a link to the original site with siteUrl', () => {
  const plain = importSet('html-links')
  assert.match(plain.page('index'), /, the admin, /)
  assert.match(plain.page('index'), /and <a>to an example body<\/a>/)
  assert.ok(plain.warnings.some((w) => /index\.html\.md:19 link to \/admin\/index\.htm is not a page of these docs — kept as text; give --site-url/.test(w)), plain.warnings.join('\n'))
  const linked = importSet('html-links', { siteUrl: 'https://docs.example.com/api/' })
  assert.match(linked.page('index'), /\[the admin\]\(https:\/\/docs\.example\.com\/admin\/index\.htm\)/)
  assert.match(linked.page('index'), /href="https:\/\/docs\.example\.com\/api\/examples\/body\.json"/)
  assert.match(linked.page('harvest-harvest'), /\[the schema\]\(https:\/\/docs\.example\.com\/schemas\/x\.json\)/)
})

test('a file beside the source that a link names is copied and linked', () => {
  const site = importSet('html-links')
  assert.match(site.page('index'), /\[the spec\]\(\/files\/spec\.txt\)/)
  assert.ok(site.files.some((f) => f.path === path.join('public', 'files', 'spec.txt') && f.copyFrom))
})

test('raw <img src>: present pictures are copied, missing ones (also root-absolute, also inside raw HTML) become their description', () => {
  const site = importSet('html-links')
  assert.match(site.page('index'), /<img src="\/images\/here\.png" alt="Here" \/> and \*Picture: Gone \(\/images\/gone\.png, missing from the source\)\*/)
  assert.match(site.page('index'), /<a href="https:\/\/example\.com\/big\.png">\s+!\[Flow\]\(\/images\/here\.png\)\s+<\/a>/)
  assert.ok(site.warned('picture /images/gone.png is not beside the source'))
  assert.ok(site.files.some((f) => f.path === path.join('public', 'images', 'here.png')))
})

test('explicit anchors (<a id>, <a name>, <h2 id>) stay link targets and old /#x links land on them', () => {
  const site = importSet('explicit-anchors')
  assert.match(site.page('index'), /\[the edit schema\]\(\/schemas\/#schemaedit\), \[its heading\]\(\/schemas\/#tocS_Edit\) and \[the old target\]\(\/schemas\/#legacy\)/)
  assert.match(site.page('schemas'), /<a id="legacy"><\/a>/)
  assert.equal(site.anchors['#schemaedit'], '/schemas/#schemaedit')
  assert.equal(site.anchors['#tocS_Edit'], '/schemas/#tocS_Edit')
  assert.equal(site.anchors['#only-in-code'], undefined)
})

test('include lists in other front-matter keys, ERB partial chains with :locals, names with or without _ and extension', () => {
  const site = importSet('layout-includes')
  assert.deepEqual(site.settings.pages, ['index', 'intro', 'orders'])
  assert.match(site.page('index'), /A notice about Widgets for admin users\.\n+Footnote for Widgets\./)
  assert.match(site.page('orders'), /The order details, two partials deep\.\n+## List orders/)
  assert.ok(site.warned('front-matter `includes_topics` read as an include list'))
  assert.ok(site.warned('front-matter `includes_methods` read as an include list'))
})

test("Middleman's image_tag and link_to helpers become the picture and link they rendered", () => {
  const site = importSet('layout-includes')
  assert.match(site.page('index'), /\*Picture: Keys \(images\/keys\.png, missing from the source\)\* See \[the orders\]\(\/orders\/#orders\)\./)
})

test('Middleman i18n without a config.rb: the page without a locale is the default (English, said in a warning), another locale translates it', () => {
  const site = importSet('i18n')
  assert.deepEqual(site.settings.pages, ['index', 'errors'])
  assert.deepEqual(site.settings.locales, [{ code: 'en', name: 'English' }, { code: 'zh-CN', name: '中文（中国）' }])
  const file = (p) => site.files.find((f) => f.path === path.join(...p.split('/')))?.content
  assert.match(file('locales/zh-CN/index.mdx'), /欢迎. See \[errors\]\(\/errors\/#errors\)/)
  assert.match(site.page('index'), /See \[errors\]\(\/errors\/#errors\)/)
  assert.equal(site.anchors['cn/index.html#errors'], '/zh-CN/errors/#errors')
  assert.ok(file('public/cn/index.html'))
  assert.ok(site.warned('taken to be "en" (English); give --default-locale'))
  assert.ok(site.warned('locale "cn" is a country code: named "zh-CN"'))
})

test("headings with quotes and & keep Slate's ids (Redcarpet's entities), and links to them land", () => {
  const site = importSet('smartypants')
  assert.equal(site.anchors['#bob-39-s-kittens'], '/#bob-s-kittens')
  assert.equal(site.anchors['#dogs-amp-cats'], '/#dogs-cats')
  assert.equal(site.anchors['#the-quot-best-quot-kitten'], '/#the-best-kitten')
  assert.equal(site.anchors['#bob-39-s-kittens-2'], '/#bob-s-kittens-2')
  assert.match(site.page('index'), /\[dogs & cats\]\(#dogs-cats\), \[the quoted one\]\(#the-best-kitten\) and \[the range\]\(#pages-1-10\)/)
})

test('end tags HTML lets authors leave out (<td>, <li>) are written in, so each text stays in its cell or item', () => {
  const site = importSet('implied-end-tags')
  const texts = (name) => {
    const found = []
    visit(parseMdx(site.page('index')), (n) => n.type?.startsWith('mdxJsx') && n.name === name, (n) => void found.push(toString(n).replace(/\s+/g, ' ').trim()))
    return found
  }
  assert.deepEqual(texts('td'), ['payRate', 'BigDecimal', 'name', 'String', 'A', 'B', 'To-one association (Account)'])
  assert.deepEqual(texts('li'), ['first', 'second'])
  assert.ok(!site.warned('never closed'), site.warnings.join('\n'))
})

test('an <a href> written in inline code is an example and stays as written; code in a link label is fine', async () => {
  const { retargetLinks } = await import('../links.mjs')
  const out = retargetLinks('Write `<a href="/x.html">` or <a href="/x.html">x</a>, [`GET` it](#y).', '/', (u) => (u === '#y' ? '/p/#y' : { dead: 'no page' }))
  assert.equal(out, 'Write `<a href="/x.html">` or <a>x</a>, [`GET` it](/p/#y).')
})
