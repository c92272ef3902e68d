/**
 * Where a Slate site's pages and partials are, as Middleman had them: pages found in a folder,
 * includes looked up from the source folder, and every page's old URL redirected.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import vm from 'node:vm'
import { fixture } from './helpers.mjs'
import { importSlate } from '../import-site.mjs'
import { findPages } from '../source-pages.mjs'
import { redirectStub } from '../redirect-stub.mjs'

const rel = (files, root) => files.map((f) => path.relative(root, f))

test('a folder: its source/ pages at any depth and in localizable/, index first; partials, includes/, layouts/ and READMEs are not pages', () => {
  const { root, pages } = findPages(fixture('middleman-tree', 'input'))
  assert.equal(root, fixture('middleman-tree', 'input', 'source'))
  assert.deepEqual(rel(pages, root), ['index.html.md', 'localizable/faq.html.md', 'v2.html.erb', 'docs/guide.html.md.erb'])
  assert.deepEqual(findPages(root), { root, pages }, 'the source/ folder itself finds the same')
})

test('a site found in a folder imports whole: subfolder pages keep their includes and old URLs', () => {
  const { root, pages } = findPages(fixture('middleman-tree', 'input'))
  const site = importSlate(pages, { sourceRoot: root })
  assert.deepEqual(site.settings.pages, ['index', 'errors', 'faq-faq', 'v2', 'docs-guide-guide'])
  assert.match(site.pages.find((p) => p.slug === 'docs-guide-guide').mdx, /A note from a partial\./)
  const stubs = site.files.filter((f) => f.path.startsWith('public')).map((f) => f.path).sort()
  assert.deepEqual(stubs, ['public/docs/guide.html', 'public/faq.html', 'public/v2.html'].map((p) => path.join(...p.split('/'))))
  assert.deepEqual(site.warnings, [])
})

test("a page in a subfolder finds its includes in the source folder, as Middleman's partial lookup does", () => {
  const page = fixture('subfolder-page', 'input', 'source', 'docs', 'index.html.md')
  for (const site of [importSlate([page]), importSlate(findPages(fixture('subfolder-page', 'input')).pages)]) {
    assert.deepEqual(site.settings.pages, ['index', 'authentication', 'errors'])
    assert.match(site.pages.find((p) => p.slug === 'errors').mdx, /See \[authentication\]\(\/authentication\/#authentication\)\./)
    assert.ok(site.files.some((f) => f.path === path.join('public', 'images', 'flow.png')), 'its pictures are the source folder\'s')
    // Its old URL was /docs/index.html.
    assert.ok(site.files.some((f) => f.path === path.join('public', 'docs', 'index.html')))
  }
})

test('an include that is not there is a warning at the front-matter line naming it, saying where it looked', () => {
  const site = importSlate([fixture('subfolder-page', 'input', 'source', 'docs', 'index.html.md')])
  assert.equal(site.warnings.length, 1, site.warnings.join('\n'))
  assert.match(site.warnings[0], /docs\/index\.html\.md:6 include "missing" \(front-matter `includes`\) not found: there is no includes\/_missing\.md in .*source\/docs\/ or .*source\/ — add the file or remove the name/)
})

test('a site without index.html.md: its first page is the home page and its old URL redirects too', () => {
  const site = importSlate(findPages(fixture('no-index', 'input')).pages)
  assert.deepEqual(site.settings.pages, ['index', 'errors', 'zh-introduction'])
  const stub = site.files.find((f) => f.path === path.join('public', 'en.html'))
  assert.ok(stub, 'public/en.html')
  assert.ok(site.files.some((f) => f.path === path.join('public', 'zh.html')))
  assert.equal(site.anchors['#errors'], '/errors/#errors')
})

/** Where a redirect file opened at `pathname` + `hash` sends a browser, given the anchors.json it fetched. */
async function follow(html, hash, anchors, search = '', pathname = '/x.html', fetched = []) {
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)[1]
  let to
  const location = { pathname, hash, search, replace: (url) => void (to = url) }
  const fetch = async (url) => (fetched.push(url), { json: async () => anchors })
  vm.runInNewContext(script, { location, fetch, decodeURIComponent, encodeURIComponent })
  for (let i = 0; i < 10 && to === undefined; i++) await new Promise((resolve) => setImmediate(resolve))
  return to
}

test("a redirect file sends an old anchor where it went, and an anchor that stayed on the home page to the home page's", async () => {
  const stub = redirectStub('en.html', '/')
  assert.equal(await follow(stub, '#errors', { '#errors': '/errors/#errors' }, '?shell'), '/errors/?shell#errors')
  assert.equal(await follow(stub, '#introduction', { '#errors': '/errors/#errors' }), '/#introduction')
  assert.equal(await follow(stub, '', {}), '/')
  const v3 = redirectStub('v3.html', '/v3-intro/')
  assert.equal(await follow(v3, '#list', { 'v3.html#list': '/v3-orders/#list', '#list': '/orders/#list' }), '/v3-orders/#list')
})

test('a redirect file works under any base path: it reads anchors.json and goes home from its own address', async () => {
  const fetched = []
  const stub = redirectStub('en.html', '/')
  assert.equal(await follow(stub, '#introduction', {}, '', '/docs/en.html', fetched), '/docs/#introduction')
  assert.deepEqual(fetched, ['/docs/anchors.json'])
  const nested = redirectStub('cn/index.html', '/cn-intro/')
  // Served as /docs/cn/index.html, or as its folder.
  assert.equal(await follow(nested, '', {}, '', '/docs/cn/index.html'), '/docs/cn-intro/')
  assert.equal(await follow(nested, '', {}, '', '/docs/cn/'), '/docs/cn-intro/')
  assert.match(nested, /href="\.\.\/cn-intro\/">continue/)
})
