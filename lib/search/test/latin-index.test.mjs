import test from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { exportSearch } from '../query.mjs'
import { searchJson } from '../pack.mjs'
import { splitCjk } from '../cjk.mjs'

// Latin-script records with what the encoder treats specially: accents, compounds, numbers, code.
const records = [
  { href: '/wiring/', anchor: 'top-connector', path: ['Wiring', 'Top Connector'], text: 'CN-L is the contactor live (phase) connection (230V); ACT+ gives +12V to the actuator.', code: '' },
  { href: '/wiring/', anchor: 'creme-settings', path: ['Wiring', 'Crème Settings'], text: 'Accented headings fold: Crème, brûlée, straße, Ångström, naïve façade.', code: '' },
  { href: '/api/', anchor: 'listing-kittens', path: ['API', 'Listing Kittens'], text: 'Kittens are listed with include_cats and a 2dBi RP-SMA antenna.', code: 'curl "https://api.example.com/kittens?include_cats=true" -H "Authorization: meowmeowmeow"' },
  { href: '/ru/', anchor: 'oplata', path: ['Оплата'], text: 'Оплата заказа и Ελληνικά κείμενα, Türkçe ödeme.', code: 'const ordre = 1' },
]

test('an index without CJK text (English, accented Latin, Cyrillic, Greek) is byte for byte what it was before CJK support', () => {
  // The sha-256 of these records' search file as the build wrote it before CJK text was cut into
  // pairs. Change it only with a change that means to change every Latin-only index.
  const sha = createHash('sha256').update(searchJson(exportSearch(records))).digest('hex')
  assert.equal(sha, '90bf28d4a163e700d4dbf708afd7ce5576d867411df6fcee83912a3d2481810f')
})

test('text without CJK goes through the CJK step untouched', () => {
  for (const { path, text, code } of records) for (const part of [...path, text, code]) assert.equal(splitCjk(part), part)
})
