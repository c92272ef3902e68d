import test from 'node:test'
import assert from 'node:assert/strict'
import { Encoder } from 'flexsearch'
import { completions, hasPrefix } from '../vocabulary.mjs'
import { typoVariants } from '../typos.mjs'
import { encoderOptions } from '../engine.mjs'
import { WORD, matchRanges, mayMatch, snippet } from '../marks.mjs'

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

test('the cheap pre-test never rejects a word the encoder would match', () => {
  const encoder = new Encoder(encoderOptions)
  const text = 'CN-L ACT+ ACT- include_cats RP-SMA 2dBi Crème Kittens a-b w- C++ ÉCOLE straße 230V'
  for (const [word] of text.matchAll(WORD)) {
    for (const term of encoder.encode(word)) {
      for (let length = 1; length <= term.length; length++) assert.ok(mayMatch(word, [term.slice(0, Math.min(2, length))]), `${word} → ${term}`)
    }
  }
  assert.ok(!mayMatch('request', ['zq']))
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

test('an encoded term encodes to itself, so fields can be indexed as their terms', () => {
  const encoder = new Encoder(encoderOptions)
  for (const term of encoder.encode('CN-L ACT+ ACT- include_cats RP-SMA 2dBi Crème Kittens C++ ÉCOLE straße 230V')) {
    assert.deepEqual(encoder.encode(term), [term])
  }
})

test('a typo keeps to the script it is typed in: an ASCII word is not matched through a CJK or accented letter', () => {
  const words = ['caf', 'cafe', 'café', 'kitten', '支付'].sort()
  assert.deepEqual(typoVariants('kiten', words), ['kitten'])
  assert.ok(!typoVariants('cafx', words).includes('café'))
  assert.ok(typoVariants('cafx', words).includes('cafe'))
  // A word typed in another script still tries that script's letters.
  assert.ok(typoVariants('支x', words).includes('支付'))
})
