import { test } from 'node:test'
import assert from 'node:assert/strict'
import { localeCodeProblem, textDirection } from '../locale-codes.mjs'

test('a locale code is a BCP 47 tag in its canonical form, starting with an ISO 639 code', () => {
  for (const code of ['en', 'ko', 'zh', 'zh-Hans', 'pt-BR', 'sr-Latn-RS', 'yue']) assert.equal(localeCodeProblem(code), null, code)
  assert.deepEqual(localeCodeProblem('pt-br'), { message: 'locale code "pt-br" is not written as BCP 47 writes it', hint: 'write "pt-BR"' })
  assert.match(localeCodeProblem('korean')?.message ?? '', /is not a language code/)
  assert.match(localeCodeProblem('ko_KR')?.message ?? '', /is not a BCP 47 tag/)
  assert.match(localeCodeProblem('')?.message ?? '', /has no "code"/)
  assert.match(localeCodeProblem(undefined)?.message ?? '', /has no "code"/)
})

test('Arabic, Hebrew, Persian and Urdu are written right to left, a script named in the tag wins', () => {
  for (const code of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'az-Arab']) assert.equal(textDirection(code), 'rtl', code)
  for (const code of ['en', 'ko', 'zh-Hans', 'pt-BR', 'az', 'uz-Latn']) assert.equal(textDirection(code), 'ltr', code)
})
