/** The language bar's order and the names readers see. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { languageLabel, siteLanguages } from '../site-languages.mjs'

const settings = {
  languageTabs: [
    { key: 'shell', label: 'Shell' },
    { key: 'javascript', label: 'JavaScript' },
  ],
  languageNames: { ruby: 'Ruby', 'python--pybit': 'PyBit' },
}

test("the settings' tabs come first, in their order, then other languages by first appearance", () => {
  const groups = [
    ['ruby', 'python', 'shell', 'javascript'],
    ['go', 'ruby'],
    ['python', 'php'],
  ]
  assert.deepEqual(siteLanguages(settings, groups).map((l) => l.key), ['shell', 'javascript', 'ruby', 'python', 'go', 'php'])
})

test('a declared tab shows even when no group uses it', () => {
  assert.deepEqual(siteLanguages(settings, []), [
    { key: 'shell', label: 'Shell' },
    { key: 'javascript', label: 'JavaScript' },
  ])
})

test("display names: the tab's label, then languageNames, then a known name, else the key", () => {
  assert.equal(languageLabel('javascript', settings), 'JavaScript')
  assert.equal(languageLabel('ruby', settings), 'Ruby')
  assert.equal(languageLabel('python', settings), 'Python')
  assert.equal(languageLabel('csharp', settings), 'C#')
  assert.equal(languageLabel('zig', settings), 'zig')
})

test("a tab's label wins over the built-in name", () => {
  const curl = { languageTabs: [{ key: 'shell', label: 'cURL' }], languageNames: { shell: 'Bash' } }
  assert.equal(languageLabel('shell', curl), 'cURL')
})

test("a lang--variant key reads as the base language's name with the variant, unless named", () => {
  assert.equal(languageLabel('python--pybit', settings), 'PyBit')
  assert.equal(languageLabel('ruby--rails', settings), 'Ruby (rails)')
  assert.equal(languageLabel('javascript--node', settings), 'JavaScript (node)')
  assert.equal(languageLabel('zig--std', settings), 'zig (std)')
})

test('siteLanguages hands out each key with its display name', () => {
  const bar = siteLanguages(settings, [['python--pybit', 'ruby--rails']])
  assert.deepEqual(bar.slice(2), [
    { key: 'python--pybit', label: 'PyBit' },
    { key: 'ruby--rails', label: 'Ruby (rails)' },
  ])
})

test("a variant of a language the settings name reads with that name", () => {
  const named = { languageTabs: [{ key: 'shell', label: 'cURL' }], languageNames: { kittn: 'Kittn CLI' } }
  assert.equal(languageLabel('shell--v2', named), 'cURL (v2)')
  assert.equal(languageLabel('kittn--beta', named), 'Kittn CLI (beta)')
})

test('a language named like an object property (```constructor) is named as written, not by what every object has', () => {
  const settings = { languageTabs: [], languageNames: {} }
  assert.equal(languageLabel('constructor', settings), 'constructor')
  assert.equal(languageLabel('toString--x', settings), 'toString (x)')
})
