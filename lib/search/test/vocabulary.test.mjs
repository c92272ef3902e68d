import test from 'node:test'
import assert from 'node:assert/strict'
import { Encoder } from 'flexsearch'
import { completions, hasPrefix } from '../vocabulary.mjs'
import { typoVariants } from '../typos.mjs'
import { encoderOptions } from '../engine.mjs'
import { exportSearch } from '../query.mjs'
import { WORD, candidateFinder, matchRanges, snippet } from '../marks.mjs'
import { hasCjk } from '../cjk.mjs'

const words = ['act', 'actfb', 'actplus', 'conector', 'contactor', 'kitens', 'order', 'ordered', 'orders', 'ordinal'].sort()

test('a prefix finds the words it begins, the word itself first', () => {
  assert.deepEqual(completions(words, 'ord'), ['order', 'ordered', 'orders', 'ordinal'])
  assert.deepEqual(completions(words, 'act'), ['act', 'actfb', 'actplus'])
  assert.deepEqual(completions(words, 'zz'), [])
  assert.ok(hasPrefix(words, 'kit') && !hasPrefix(words, 'kx'))
})

test('past the cap, the shortest completions are kept', () => {
  assert.deepEqual(completions(words, 'ord', 2), ['order', 'orders'])
  assert.deepEqual(completions(words, 'o', 1), ['order'])
})

test('typo variants are the words or word beginnings one edit away', () => {
  assert.deepEqual(typoVariants('contcator', words), ['contactor'])
  assert.ok(typoVariants('kitetn', words).includes('kiten'), 'a half-typed word with a swap')
  assert.ok(typoVariants('ordr', words).includes('orde'), 'a missing letter')
  assert.deepEqual(typoVariants('zzzzzz', words), [])
  // A word the term begins is its completion already, not a typo.
  assert.ok(!typoVariants('act', words).some((variant) => variant.startsWith('act')))
})

test('the candidate finder never skips a word the encoder would match', () => {
  const encoder = new Encoder(encoderOptions)
  const encode = (text) => encoder.encode(text)
  // CJK words are marked by character, not whole: lib/search/test/cjk.test.mjs.
  const text = 'CN-L ACT+ ACT- include_cats RP-SMA 2dBi Crème Kittens a-b w- C++ ÉCOLE straße 230V ab-ba Book-keeping Привет MiXeD_case--dash stock restock'
  const everyWord = (terms) =>
    [...text.matchAll(WORD)].filter(([word]) => encode(word).some((w) => terms.some((t) => w.startsWith(t)))).map((m) => ({ start: m.index, end: m.index + m[0].length }))
  const prefixes = new Set()
  for (const term of encode(text)) for (let length = 1; length <= term.length; length++) prefixes.add(term.slice(0, length))
  for (const prefix of prefixes) assert.deepEqual(matchRanges(text, [prefix], encode), everyWord([prefix]), prefix)
  assert.deepEqual(matchRanges(text, ['stock', 'kitens', 'cnl'], encode), everyWord(['stock', 'kitens', 'cnl']))
  assert.ok(candidateFinder(['stock']), 'plain terms are found natively')
  assert.equal(candidateFinder(['東京']), null, 'other terms read every word')
})

test('a snippet marks the matches around the first one, and reads no further', () => {
  const encoder = new Encoder(encoderOptions)
  const encode = (text) => encoder.encode(text)
  const long = `${'filler '.repeat(60)}the ACTFB terminal reports the actuator ${'tail '.repeat(100)}`
  const parts = snippet(long, ['actfb', 'actuator'], encode)
  assert.equal(parts[0].text, '…')
  assert.deepEqual(parts.filter((s) => s.mark).map((s) => s.text), ['ACTFB', 'actuator'])
  assert.deepEqual(matchRanges('order orders', ['order'], encode, 0, 12, 1), [{ start: 0, end: 5 }])
})

test('the index holds exactly the terms the encoder gives: a CJK pair is not cut again', () => {
  const text = 'CN-L ACT+ ACT- include_cats RP-SMA 2dBi Crème Kittens C++ ÉCOLE straße 230V 电动汽车充电桩 谢谢 ｹｰﾌﾞﾙを接続 서버에서 ACI控制器'
  const data = exportSearch([{ href: '/', anchor: 'a', path: ['x'], text, code: '' }])
  const indexed = data.index['text.1.map'].map(([term]) => term)
  assert.deepEqual(['x', ...indexed].sort(), data.vocabulary)
  assert.ok(indexed.includes('电动') && !indexed.includes('动'), 'pairs, and a lone character only at a run end')
  assert.ok(indexed.includes('桩'))
})

test('a typo keeps to the script it is typed in: an ASCII word is not matched through a CJK or accented letter', () => {
  const words = ['caf', 'cafe', 'café', 'kitten', 'оплата', '支付', '支付宝'].sort()
  assert.deepEqual(typoVariants('kiten', words), ['kitten'])
  assert.ok(!typoVariants('cafx', words).includes('café'))
  assert.ok(typoVariants('cafx', words).includes('cafe'))
  // A word typed in another alphabet still tries that alphabet's letters.
  assert.ok(typoVariants('оплта', words).includes('оплата'))
  // A CJK term is a character pair: one edit of it is another word, never a typo.
  assert.deepEqual(typoVariants('支仕', words), [])
  assert.deepEqual(typoVariants('付宝', words), [])
})

test('typo variants are exactly the one-edit strings the vocabulary begins, found without trying every letter', () => {
  // The plain way: every string one edit away, each letter of the vocabulary tried at every place.
  const reference = (term, words) => {
    if (hasCjk(term)) return []
    const letters = [...new Set(words.flatMap((word) => [...word]))].filter((l) => (!/^[\x00-\x7f]*$/.test(term) || l < '\x80') && !hasCjk(l))
    const out = new Set()
    for (let i = 0; i <= term.length; i++) {
      const head = term.slice(0, i)
      const tail = term.slice(i)
      const edits = []
      if (tail) edits.push(head + tail.slice(1))
      if (tail.length > 1) edits.push(head + tail[1] + tail[0] + tail.slice(2))
      for (const l of letters) edits.push(head + l + tail, ...(tail ? [head + l + tail.slice(1)] : []))
      for (const edit of edits) if (edit !== term && !edit.startsWith(term) && hasPrefix(words, edit)) out.add(edit)
    }
    return [...out].sort()
  }
  const encoder = new Encoder(encoderOptions)
  const text = 'order orders ordinal ordered border recorder coupon coupons upon kitten kittens sitting contactor conector connector actuator actfb act actplus café crème 支付 支付宝 東京 оплата straße strasse payment paymnet gateway gate gates zone zones 230v 12v'
  const vocabulary = [...new Set(encoder.encode(text))].sort()
  for (const term of ['ordr', 'ordre', 'cupon', 'kiten', 'conctor', 'actfbb', 'paymnet', 'gatway', 'zxqv', 'cafx', '支x', 'оплта', 'x', 'a', '230x']) {
    assert.deepEqual(typoVariants(term, vocabulary).sort(), reference(term, vocabulary), term)
  }
})
