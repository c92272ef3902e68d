// The fallback rules of a translation: every page of its version is in it, its own where it has
// translated it, else the original shown as is (marked, left out of the locale's search), and
// which addresses a page names as its translations and as canonical.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readSite } from '../read-site.mjs'
import { canonicalAddress, pageAlternates } from '../translations.mjs'

function folder(t, files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'translations-'))
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

test("a translation holds every page: its own, and the original's where it has none, each marked with where the original is", async (t) => {
  const dir = folder(t, {
    'site.json': '{ "title": "Docs", "pages": ["index", { "title": "Guides", "pages": ["kittens", "puppies"] }] }',
    'index.mdx': '# Home\n\nSee [kittens](/kittens/#feeding).\n',
    'kittens.mdx': '# Kittens\n\n## Feeding\n\nKittens eat often.\n',
    'puppies.mdx': '# Puppies\n\nPuppies play.\n',
    'locales/ko/index.mdx': '# 홈\n\n[고양이](/kittens/#feeding)를 보세요.\n',
    'locales/ko/kittens.mdx': '# 고양이\n\n## 먹이 주기\n\n고양이는 자주 먹습니다.\n',
  })
  const { errors, warnings, site } = await readSite({
    dir: path.join(dir, 'locales', 'ko'),
    cwd: dir,
    paths: { prefix: '/docs/ko', basePath: '/docs', own: [] },
    translation: { dir, prefix: '/docs', settings: { title: '문서', groups: { Guides: '안내서' } } },
  })
  // The translated heading lost its id: the translation's own link is an error, the original's (shown here) a warning.
  assert.deepEqual(errors, ['locales/ko/index.mdx:3:1 link to `/kittens/#feeding`: page "kittens" has no anchor #feeding — use a heading\'s anchor (lower-case, dashes)'])
  assert.deepEqual(warnings, [])
  assert.equal(site, undefined)

  // The translation's own link mended: the untranslated puppies page's link into the translation is a warning.
  fs.writeFileSync(path.join(dir, 'locales', 'ko', 'index.mdx'), '# 홈\n\n고양이를 보세요.\n')
  fs.writeFileSync(path.join(dir, 'puppies.mdx'), '# Puppies\n\nPuppies play, [as kittens do](/kittens/#feeding).\n')
  const drift = await readSite({ dir: path.join(dir, 'locales', 'ko'), cwd: dir, paths: { prefix: '/docs/ko', basePath: '/docs', own: [] }, translation: { dir, prefix: '/docs', settings: {} } })
  assert.deepEqual(drift.errors, [])
  assert.deepEqual(drift.warnings, ['puppies.mdx:3:15 warning: in /docs/ko/, where this page is not translated yet, link to `/kittens/#feeding`: page "kittens" has no anchor #feeding — give the translated heading its original id (`## … {/* #id */}`)'])

  fs.writeFileSync(path.join(dir, 'locales', 'ko', 'kittens.mdx'), '# 고양이\n\n## 먹이 주기 {/* #feeding */}\n\n고양이는 자주 먹습니다.\n')
  const read = await readSite({ dir: path.join(dir, 'locales', 'ko'), cwd: dir, paths: { prefix: '/docs/ko', basePath: '/docs', own: [] }, translation: { dir, prefix: '/docs', settings: { title: '문서', groups: { Guides: '안내서' } } } })
  assert.deepEqual(read.errors, [])
  const ok = /** @type {any} */ (read.site)
  assert.equal(ok.settings.title, '문서')
  assert.equal(ok.settings.pageTree[1].title, '안내서')
  assert.equal(ok.settings.pageTree[1].id, 'guides')
  assert.deepEqual(ok.pages.map((/** @type {any} */ p) => [p.slug, p.title, p.href, p.original]), [
    ['index', '홈', '/docs/ko/', null],
    ['kittens', '고양이', '/docs/ko/kittens/', null],
    ['puppies', 'Puppies', '/docs/ko/puppies/', '/docs/puppies/'],
  ])
  assert.ok(ok.records.length > 0)
  assert.deepEqual([...new Set(ok.records.map((/** @type {any} */ r) => r.href))].sort(), ['/docs/ko/', '/docs/ko/kittens/'])
})

test('alternates name the page in each locale that translated it, the default as x-default; an untranslated page names none', () => {
  const tree = /** @type {any} */ ({
    translations: [{ code: 'en', prefix: '/docs', slugs: null }, { code: 'ko', prefix: '/docs/ko', slugs: ['index', 'kittens'] }, { code: 'zh', prefix: '/docs/zh', slugs: ['index'] }],
    currentVersion: null,
  })
  assert.deepEqual(pageAlternates(tree, { slug: 'kittens' }, 'index'), { en: '/docs/kittens/', ko: '/docs/ko/kittens/', 'x-default': '/docs/kittens/' })
  assert.deepEqual(pageAlternates(tree, { slug: 'index' }, 'index'), { en: '/docs/', ko: '/docs/ko/', zh: '/docs/zh/', 'x-default': '/docs/' })
  assert.equal(pageAlternates(tree, { slug: 'puppies' }, 'index'), null)
  assert.equal(pageAlternates(tree, { slug: 'kittens', original: '/docs/kittens/' }, 'index'), null)
  assert.equal(pageAlternates({ ...tree, translations: [tree.translations[0]] }, { slug: 'kittens' }, 'index'), null)

  assert.equal(canonicalAddress(tree, { slug: 'puppies', href: '/docs/ko/puppies/', original: '/docs/puppies/' }), '/docs/puppies/')
  assert.equal(canonicalAddress({ currentVersion: { pages: { kittens: '/docs/ko/kittens/' } } }, { slug: 'kittens', href: '/docs/1.x/ko/kittens/' }), '/docs/ko/kittens/')
  assert.equal(canonicalAddress(tree, { slug: 'kittens', href: '/docs/ko/kittens/' }), '/docs/ko/kittens/')
})
