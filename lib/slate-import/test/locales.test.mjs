/**
 * Localized Slate sites (Middleman i18n): each rule with a fixture of its own. `i18n-middleman` is
 * a project as Middleman had it (config.rb, locales/*.yml, localizable/ pages with `t(:key)`,
 * includes per locale); `i18n-options` reads its options from a config block and a layout that
 * picks includes from locale folders; `i18n-off` has a config.rb without i18n.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import vm from 'node:vm'
import { fixture } from './helpers.mjs'
import { importSlate } from '../import-site.mjs'
import { findPages } from '../source-pages.mjs'
import { i18nConfig } from '../config-rb.mjs'
import { translate } from '../translations.mjs'
import { localeName, localeTag } from '../locale-tags.mjs'

function importSet(name, options) {
  const { root, pages } = findPages(fixture(name, 'input'))
  const site = importSlate(pages, { sourceRoot: root, ...options })
  const file = (p) => site.files.find((f) => f.path === path.join(...p.split('/')))?.content
  return { ...site, root, file, warned: (text) => site.warnings.find((w) => w.includes(text)) }
}

const middleman = importSet('i18n-middleman')

test("config.rb: activate :i18n with its options as arguments, hash rockets, %w lists, a block, a local variable; a value that is not a literal is said", () => {
  assert.deepEqual(i18nConfig('activate :i18n, mount_at_root: :en, langs: [:en, :kr]').options, { mount_at_root: 'en', langs: ['en', 'kr'] })
  assert.deepEqual(i18nConfig("activate :i18n, :mount_at_root => :en,\n  :lang_map => { :kr => 'korean' }, :langs => %w(en kr)").options, { mount_at_root: 'en', lang_map: { kr: 'korean' }, langs: ['en', 'kr'] })
  assert.deepEqual(i18nConfig('root = :nl\nactivate :i18n do |i|\n  i.mount_at_root = root\n  i.path = "/:lang/docs/"\nend').options, { mount_at_root: 'nl', path: '/:lang/docs/' })
  assert.equal(i18nConfig('# activate :i18n\nset :x, 1').active, false)
  assert.deepEqual(i18nConfig('activate :i18n, mount_at_root: ENV["LOCALE"].to_sym').unread, [{ name: 'mount_at_root', line: 1 }])
})

test('t(:key) and I18n.t calls become the locale text: nested keys, %{values}, plurals, inside a helper; a missing key falls back, then shows the key, each with its line', () => {
  const data = { kr: { hi: '안녕 %{name}', nav: { docs: '문서' }, n: { one: '한 개', other: '%{count}개' } }, en: { only: 'English' } }
  const lookup = (key) => {
    for (const code of ['kr', 'en']) {
      const value = key.split('.').reduce((node, part) => node?.[part], data[code])
      if (value !== undefined) return { value, from: code }
    }
  }
  const warnings = []
  const text = "<%= t(:hi, name: 'Bob') %>\n<%= I18n.t('nav.docs') %> <%= t :n, count: 2 %>\n<%= link_to t(:only), '/x' %> <%= t('gone') %>"
  assert.equal(translate(text, { code: 'kr', lookup }, (line, message) => warnings.push(`${line}: ${message}`)), `안녕 Bob\n문서 2개\n<%= link_to "English", '/x' %> gone`)
  assert.match(warnings[0], /^2: no text for `only` in locale "kr" — the "en" text is shown/)
  assert.match(warnings[1], /^2: no text for `gone` in locale "kr" — the key itself is shown/)
})

test('locale codes: country codes become the language meant, tags are tidied, names are in their own language', () => {
  assert.deepEqual(localeTag('kr'), { tag: 'ko', mapped: true })
  assert.deepEqual(localeTag('pt_BR'), { tag: 'pt-BR', mapped: false })
  assert.equal(localeTag('12'), undefined)
  assert.deepEqual(['ko', 'de', 'pt-BR', 'ja'].map(localeName), ['한국어', 'Deutsch', 'Português (Brasil)', '日本語'])
})

test('every locale goes to the layout of locales: the default at the top, the others in locales/<tag>/ under the same page names, with their names in site.json', () => {
  assert.deepEqual(middleman.settings.locales, [{ code: 'en', name: 'English' }, { code: 'ko', name: '한국어' }, { code: 'de', name: 'Deutsch' }])
  assert.deepEqual(middleman.settings.pages, ['index', 'authentication', 'errors', 'faq-faq', 'faq-billing'])
  const pages = (tag) => middleman.files.filter((f) => f.path.startsWith(path.join('locales', tag, path.sep)) && f.path.endsWith('.mdx')).map((f) => path.basename(f.path, '.mdx'))
  assert.deepEqual(pages('ko'), ['index', 'authentication', 'errors', 'faq-faq'])
  // German has no page of its own: the shared page, rendered with its strings, is its translation.
  assert.deepEqual(pages('de'), ['index', 'authentication', 'errors'])
  assert.ok(middleman.warned('locale "kr" is a country code: named "ko" (한국어)'))
})

test("each locale's pages have its strings (in ERB templates) and its includes (_errors.kr.md before _errors.md), links within the locale", () => {
  assert.match(middleman.file('index.mdx'), /Welcome to the \*\*Shop API\*\*\. See \[the errors\]\(\/errors\/#errors\) and \[the FAQ\]\(\/faq-billing\/#billing\)\./)
  assert.match(middleman.file('locales/ko/index.mdx'), /^# 소개\n\n\*\*Shop API\*\*에 오신 것을 환영합니다\. \[오류\]\(\/errors\/#errors\)와 \[자주 묻는 질문\]\(\/faq-faq\/\)을 보세요\./)
  assert.match(middleman.file('locales/ko/errors.mdx'), /API가 돌려주는 오류입니다\.\n\n코드 \| 뜻/)
  assert.match(middleman.file('locales/de/index.mdx'), /Willkommen bei der \*\*Shop API\*\*\. See \[the errors\]\(\/errors\/#errors\) and \[the FAQ\]\(\/faq-billing\/#billing\)\./)
  assert.match(middleman.file('locales/de/errors.mdx'), /Diese Fehler gibt die API zurück\.\n\nCode \| Meaning/)
  assert.match(middleman.file('locales/ko/faq-faq.mdx'), /\[오류 목록\]\(\/errors\/#errors\)/)
  // ERB ran only on .erb templates: a Markdown page showed the call as written.
  assert.match(middleman.file('faq-faq.mdx'), /showed `<%= t\(:welcome\) %>` as written/)
})

test('a key the locale lacks shows the default text as I18n fell back, with file:line; a section more joins the page before, a section fewer leaves a page untranslated', () => {
  assert.match(middleman.file('locales/ko/authentication.mdx'), /Signed requests only\. 헤더에 키를 보내세요/)
  assert.match(middleman.warned('no text for `signature` in locale "kr"'), /index\.kr\.html\.md\.erb:17 /)
  assert.match(middleman.file('locales/ko/errors.mdx'), /\n# 오류 코드 목록\n\n더 많은 코드는 곧 추가됩니다\./)
  assert.match(middleman.warned('section "오류 코드 목록" is one more'), /_errors\.kr\.md\.erb:9 .*joins page "errors"/)
  assert.match(middleman.warned('`#` sections where faq.html.md has 2'), /faq\.kr\.html\.md:1 1 .*"faq-billing" stays untranslated/)
})

test("a locale's title and toc footers go to its own site.json, only where they differ", () => {
  assert.deepEqual(JSON.parse(middleman.file('locales/ko/site.json')), { title: '쇼핑 API', tocFooters: ['[키 받기](https://shop.example.com/keys)'] })
  assert.equal(middleman.file('locales/de/site.json'), undefined)
  assert.equal(middleman.settings.title, 'Shop API')
  assert.deepEqual(middleman.settings.tocFooters, ['[Get a key](https://shop.example.com/keys)'])
})

/** Where a redirect file (`public/<served>`) sends a browser that opened it at `hash`, given /anchors.json. */
async function follow(served, hash, anchors) {
  let to
  const html = middleman.file(`public/${served}`)
  const location = { pathname: `/${served}`, hash, search: '', replace: (url) => void (to = url) }
  vm.runInNewContext(/<script>([\s\S]*?)<\/script>/.exec(html)[1], { location, fetch: async () => ({ json: async () => anchors }), decodeURIComponent, encodeURIComponent })
  for (let i = 0; i < 10 && to === undefined; i++) await new Promise((resolve) => setImmediate(resolve))
  return to
}

test("old URLs of every locale (/kr/index.html#x, /de/faq.html#x) go to the same page and anchor under the locale's URL; the portal's own pages get no redirect file", async () => {
  const anchors = middleman.anchors
  assert.equal(anchors['kr/index.html#errors'], '/ko/errors/#errors')
  assert.equal(anchors['kr/faq.html#'], '/ko/faq-faq/')
  assert.equal(anchors['de/index.html#authentication'], '/de/authentication/#authentication')
  // /de/faq.html showed the English FAQ as it was: its anchors go to the German locale's (untranslated) pages.
  assert.equal(anchors['de/faq.html#billing'], '/de/faq-billing/#billing')
  assert.equal(await follow('kr/index.html', '#errors', anchors), '/ko/errors/#errors')
  assert.equal(await follow('kr/faq.html', '#errors', anchors), '/ko/errors/#errors', "an anchor of the locale's home page")
  assert.equal(await follow('kr/index.html', '#nowhere', anchors), '/ko/#nowhere')
  assert.ok(middleman.file('public/de/faq.html'))
  assert.equal(middleman.file('public/de/index.html'), undefined, '/de/index.html is the portal page /de/ itself')
  assert.match(middleman.warned('its old URL /de/index.html is the portal'), /index\.html\.md\.erb:1 /)
  // Within the locale, for its home page to look old anchors up as the site's home page does.
  assert.equal(JSON.parse(middleman.file('locales/ko/slate-anchors.json'))['#errors'], '/errors/#errors')
})

test('config options read: the root locale from a variable, lang_map in old URLs, paths.<page> in a locale file, a layout that picks includes from locale folders', () => {
  const site = importSet('i18n-options')
  assert.deepEqual(site.settings.locales, [{ code: 'ja', name: '日本語' }, { code: 'en', name: 'English' }])
  assert.match(site.file('index.mdx'), /^# 概要/)
  assert.ok(site.files.some((f) => f.path.endsWith('.mdx') && /^# はじめに\n\nAPI キーを用意してください。/.test(f.content ?? '')))
  assert.ok(site.files.some((f) => f.path.startsWith(path.join('locales', 'en')) && /^# Getting Started\n\nGet an API key first\./.test(f.content ?? '')))
  assert.match(site.file('locales/en/guide-guide.mdx'), /Read this first\./)
  assert.ok(site.file('public/english/index.html') && site.file('public/english/guide.html'), 'lang_map: en was served under /english/')
  assert.ok(site.file('public/tebiki.html'), 'paths.guide: the Japanese guide was /tebiki.html')
  assert.equal(site.anchors['english/guide.html#guide'], '/en/guide-guide/#guide')
})

test('a config.rb without i18n: a locale page was served under its own name (/index.kr.html); a link to another locale keeps its text, saying why', () => {
  const site = importSet('i18n-off')
  assert.equal(site.anchors['index.kr.html#introduction'], '/ko/#introduction')
  assert.ok(site.file('public/index.kr.html'))
  assert.match(site.file('index.mdx'), /Meow\. See the Korean docs\./)
  assert.match(site.warned('index.kr.html#introduction is a page in locale "ko"'), /index\.html\.md:7 /)
  const linked = importSet('i18n-off', { siteUrl: 'https://kittens.example.com/' })
  assert.match(linked.file('index.mdx'), /\[the Korean docs\]\(https:\/\/kittens\.example\.com\/index\.kr\.html#introduction\)/)
})

test('--default-locale names the locale of pages without one when the source does not', () => {
  const site = importSet('i18n', { defaultLocale: 'fr' })
  assert.deepEqual(site.settings.locales.map((l) => l.code), ['fr', 'zh-CN'])
  assert.ok(!site.warned('taken to be'))
})
