import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readSettings } from '../site-settings.mjs'
import { siteTrees, versionMenu } from '../site-trees.mjs'
import { localeMenu } from '../locale-trees.mjs'

/** A content folder: site.json's text, then files (path → text); its trees as the build reads them. */
function treesOf(t, text, files = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'locale-trees-'))
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  fs.writeFileSync(path.join(dir, 'site.json'), text)
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    if (!name.endsWith('/')) fs.writeFileSync(path.join(dir, name), body)
  }
  return siteTrees(dir, readSettings(dir), { text, rel: 'content/site.json', sharedPublic: [path.join(dir, 'public')] })
}

const OLD = '{"title": "Old", "pages": ["index", "kittens"]}'
const site = (locales, extra = '') => `{
  "title": "Docs",
  "basePath": "/docs",${extra}
  "locales": ${locales},
  "pages": ["index", { "title": "Guides", "pages": ["kittens"] }]
}
`
const KO_ZH = '[{ "code": "en", "name": "English" }, { "code": "ko", "name": "한국어" }, { "code": "zh-Hans", "name": "中文" }]'

test('each locale is a tree after the base path and the version; an older version has the locales it has folders for', (t) => {
  const { trees, errors, locales } = treesOf(t, site(KO_ZH, '\n  "versions": ["1.x"],'), {
    'locales/ko/kittens.mdx': '# 고양이\n',
    'locales/zh-Hans/': '',
    'versions/1.x/site.json': OLD,
    'versions/1.x/locales/ko/index.mdx': '# 홈\n',
  })
  assert.deepEqual(errors, [])
  assert.deepEqual(locales.map((l) => [l.code, l.name, l.dir]), [['en', 'English', 'ltr'], ['ko', '한국어', 'ltr'], ['zh-Hans', '中文', 'ltr']])
  assert.deepEqual(trees.map(({ name, prefix, segments, locale, translates, current }) => ({ name, prefix, segments, locale, translates, current })), [
    { name: '', prefix: '/docs', segments: [], locale: 'en', translates: null, current: true },
    { name: 'ko', prefix: '/docs/ko', segments: ['ko'], locale: 'ko', translates: '', current: true },
    { name: 'zh-Hans', prefix: '/docs/zh-Hans', segments: ['zh-Hans'], locale: 'zh-Hans', translates: '', current: true },
    { name: '1.x', prefix: '/docs/1.x', segments: ['1.x'], locale: 'en', translates: null, current: false },
    { name: '1.x/ko', prefix: '/docs/1.x/ko', segments: ['1.x', 'ko'], locale: 'ko', translates: '1.x', current: false },
  ])
  // The locale menu lists a version's own locales; the version menu stays in the locale where it can.
  assert.deepEqual(localeMenu(trees, trees[4], locales).map((l) => [l.code, l.home]), [['en', '/docs/1.x/'], ['ko', '/docs/1.x/ko/']])
  assert.deepEqual(localeMenu(trees, trees[2], locales).map((l) => l.home), ['/docs/', '/docs/ko/', '/docs/zh-Hans/'])
  assert.deepEqual(versionMenu(trees, 'ko').map((v) => v.home), ['/docs/ko/', '/docs/1.x/ko/'])
  assert.deepEqual(versionMenu(trees, 'zh-Hans').map((v) => v.home), ['/docs/zh-Hans/', '/docs/1.x/'])
})

test('a site without "locales" is one English tree per version', (t) => {
  const { trees, locales } = treesOf(t, '{ "title": "Docs", "pages": ["index"] }')
  assert.deepEqual(locales, [{ code: 'en', name: 'English', dir: 'ltr' }])
  assert.deepEqual(trees.map((tree) => [tree.name, tree.locale, tree.translates]), [['', 'en', null]])
})

test('codes that are no BCP 47 tags, a code twice, a locale without a name: each at its place in site.json', (t) => {
  const { errors } = treesOf(t, site('[{ "code": "en", "name": "English" }, { "code": "korean", "name": "한국어" }, { "code": "pt-br", "name": "Português" }, { "code": "ko" }, { "code": "EN", "name": "x" }]'))
  assert.deepEqual(errors, [
    'content/site.json:4:62 locale code "korean" is not a language code — start it with the two- or three-letter ISO 639 code: "en", "ko", "zh-Hans"',
    'content/site.json:4:99 locale code "pt-br" is not written as BCP 47 writes it — write "pt-BR"',
    'content/site.json:4:131 locale "ko" has no "name" — write its name in its own language: { "code": "ko", "name": "…" } (한국어, Português, 中文)',
    'content/site.json:4:159 locale code "EN" is not written as BCP 47 writes it — write "en"',
  ])
})

test('a locale folder not listed, the default locale as a folder, a translation of a page the default lacks, a code taken by a page', (t) => {
  const { errors } = treesOf(t, site('[{ "code": "en", "name": "English" }, { "code": "ko", "name": "한국어" }, { "code": "kittens", "name": "x" }]'), {
    'locales/ko/puppies.mdx': '# 강아지\n',
    'locales/ja/index.mdx': '# ホーム\n',
    'locales/en/index.mdx': '# Home\n',
  })
  assert.deepEqual(errors, [
    'content/site.json:4:95 locale code "kittens" is not a language code — start it with the two- or three-letter ISO 639 code: "en", "ko", "zh-Hans"',
    'content/locales/en/:1:1 "en" is the default locale, whose pages are the content folder itself — move its pages there, or list another locale first in content/site.json "locales"',
    'content/locales/ja/:1:1 locale folder "ja" is not listed in content/site.json "locales" — add { "code": "ja", "name": "…" } there, or remove the folder',
    'content/locales/ko/puppies.mdx:1:1 "puppies" translates no page: the default locale has no page of that name — name the file as the page it translates (index.mdx, kittens.mdx), or add the page to the default locale first',
  ])
  const page = treesOf(t, '{ "title": "Docs", "locales": [{ "code": "en", "name": "English" }, { "code": "ko", "name": "한국어" }], "pages": ["index", "ko"] }', { 'locales/ko/': '' })
  assert.match(page.errors[0], /^content\/site.json:1:\d+ locale "ko" has the name of a page, so both would be at \/ko\/ — rename the page$/)
  const version = treesOf(t, '{ "title": "Docs", "versions": ["ko"], "locales": [{ "code": "en", "name": "English" }, { "code": "ko", "name": "한국어" }], "pages": ["index"] }', { 'versions/ko/site.json': OLD, 'locales/ko/': '' })
  assert.match(version.errors[0], /locale "ko" has the name of a version, so both would be at \/ko\/ — rename the version$/)
})

test("a translation's strings and site.json are checked before anything is read", (t) => {
  const { errors, warnings } = treesOf(t, site(KO_ZH), {
    'locales/ko/strings.json': '{\n  "serch": "검색"\n}\n',
    'locales/ko/site.json': '{ "groups": { "Guides": "가이드" }, "basePath": "/x" }',
  })
  assert.deepEqual(errors, [
    'content/locales/ko/site.json:1:34 "basePath" is not read in a locale\'s site.json — the site\'s own site.json sets it for every locale; here only "title", "description", "tocFooters", "groups"',
    'content/locales/ko/strings.json:2:3 unknown string "serch" — did you mean "search"? use one of the keys listed in the README\'s Translations section, or remove it',
  ])
  assert.deepEqual(warnings, ['content/site.json:4:95 warning: locale "zh-Hans" has no folder content/locales/zh-Hans/ yet, so its pages are all the default locale\'s, each with a notice — translate pages there under the same file names'])
})

test("a folder of public/ named like a locale is served beside its pages, unless a file there is at one of their addresses", (t) => {
  const text = '{ "title": "Docs", "locales": [{ "code": "en", "name": "English" }, { "code": "de", "name": "Deutsch" }], "pages": ["index", "faq"] }'
  assert.deepEqual(treesOf(t, text, { 'locales/de/': '', 'public/de/faq.html': 'old address' }).errors, [])
  const { errors } = treesOf(t, text, { 'locales/de/': '', 'public/de/faq/index.html': 'in the way' })
  assert.match(errors[0], /^content\/site.json:1:\d+ locale "de" has a page at the address of .*public\/de\/faq\/index.html, which would overwrite it — move or remove that file$/)
})
