import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readLocaleSettings, readStrings } from '../locale-files.mjs'
import { fill, ISLAND_KEYS, PORTAL_STRINGS } from '../../locales/portal-strings.mjs'

function file(t, text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'locale-files-'))
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  fs.writeFileSync(path.join(dir, 'x.json'), text)
  return path.join(dir, 'x.json')
}

test('a strings file gives its words over English; an unknown key fails at its line and column with the fix', (t) => {
  const { strings, errors } = readStrings(file(t, '{\n  "search": "검색",\n  "Search": "검색",\n  "copyPageButton": "x",\n  "noResults": "없음"\n}\n'), 'content/locales/ko/strings.json')
  assert.deepEqual(strings, { search: '검색' })
  assert.deepEqual(errors, [
    'content/locales/ko/strings.json:3:3 unknown string "Search" — did you mean "search"? use one of the keys listed in the README\'s Translations section, or remove it',
    'content/locales/ko/strings.json:4:3 unknown string "copyPageButton" — did you mean "copyPage"? use one of the keys listed in the README\'s Translations section, or remove it',
    'content/locales/ko/strings.json:5:16 string "noResults" lacks {query} — keep it in the text: that is where the portal puts the value',
  ])
})

test('a strings file that leaves words out is a warning naming them; none at all is nothing to say', (t) => {
  const { errors, warnings } = readStrings(file(t, '{ "search": "搜索" }'), 'content/locales/zh/strings.json')
  assert.deepEqual(errors, [])
  assert.match(warnings[0], /^content\/locales\/zh\/strings.json:1:1 warning: \d+ of the portal's words are not translated here, so they show in English \(skipToContent, menu, /)
  assert.deepEqual(readStrings('/no/such/strings.json', 'x'), { strings: {}, errors: [], warnings: [] })
  assert.match(readStrings(file(t, '{ "search": "x", }'), 'strings.json').errors[0], /^strings.json:1:\d+ is not valid JSON — /)
})

test("a locale's site.json takes only its words: title, description, footers, group titles of the site", (t) => {
  const text = '{\n  "title": "기능 문서",\n  "pages": ["index"],\n  "groups": { "Guides": "가이드", "Nope": "x" }\n}\n'
  const { settings, errors } = readLocaleSettings(file(t, text), 'content/locales/ko/site.json', new Set(['Guides']))
  assert.equal(settings.title, '기능 문서')
  assert.deepEqual(errors, [
    'content/locales/ko/site.json:3:3 "pages" is not read in a locale\'s site.json — the site\'s own site.json sets it for every locale; here only "title", "description", "tocFooters", "groups"',
    'content/locales/ko/site.json:4:32 group "Nope" is not a group of the site — use a group title as the site\'s site.json writes it ("Guides")',
  ])
})

test('every island word is a portal word, and values are filled where their marks are', () => {
  for (const key of ISLAND_KEYS) assert.ok(key in PORTAL_STRINGS, key)
  assert.equal(fill(PORTAL_STRINGS.noResults, { query: 'flux' }), 'No results for “flux”')
  assert.equal(fill('결과 {count}개', { count: 3 }), '결과 3개')
})
