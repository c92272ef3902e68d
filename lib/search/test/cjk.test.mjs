import test from 'node:test'
import assert from 'node:assert/strict'
import { pairsOf, splitCjk } from '../cjk.mjs'
import { createSearch, exportSearch, importSearch } from '../query.mjs'
import { openPieces } from '../pieces.mjs'
import { splitSearch } from '../split.mjs'
import { cjkSections } from '../../bench/cjk-sections.mjs'
import { QUERIES } from '../../bench/search-queries.mjs'

const record = (href, path, text, code = '') => ({ href, anchor: path.at(-1).toLowerCase(), path, text, code })
const records = [
  record('/zh/', ['安装指南', '充电桩'], '电动汽车充电桩的安装说明。安装前请断开电源，并确认接地良好。'),
  record('/zh/', ['安装指南', '控制器'], 'ACI控制器通过RS-485与电表通信。', 'aci-config --port 2'),
  record('/zh/', ['安装指南', '端子'], '先连接火线。'),
  record('/ja/', ['接続'], '充電ケーブルを接続します。ケーブルが抜けないことを確認してください。'),
  record('/ja/', ['設定'], 'サーバーの設定を変更する前に、バックアップを取ってください。'),
  record('/ko/', ['설치'], '충전기를 설치하기 전에 전원을 차단하십시오.'),
  record('/ko/', ['응답'], '서버에서 응답을 받으면 충전이 시작됩니다.'),
  record('/en/', ['Contactor'], 'The contactor switches the charging current. Crème de la crème.'),
]
const { search } = createSearch(records)
const urls = (query) => search(query).results.map((r) => r.url)
const marked = (query) => search(query).results.map((r) => r.snippet.filter((s) => s.mark).map((s) => s.text))

test('CJK runs become overlapping character pairs; a lone character stays itself', () => {
  assert.deepEqual(pairsOf('充电桩'), ['充电', '电桩', '桩'])
  assert.deepEqual(pairsOf('桩'), ['桩'])
  // A character outside the BMP is one character, not two halves.
  assert.deepEqual(pairsOf('𠮷野家'), ['𠮷野', '野家', '家'])
  assert.equal(splitCjk('aci控制器'), 'aci 控制 制器 器 ')
})

test('a Chinese word is found inside text without spaces', () => {
  assert.deepEqual(urls('充电'), ['/zh/#充电桩'])
  assert.deepEqual(urls('充电桩'), ['/zh/#充电桩'])
  assert.deepEqual(urls('电源'), ['/zh/#充电桩'])
  assert.deepEqual(urls('安装说明'), ['/zh/#充电桩'])
})

test('a Japanese word is found across kanji, katakana and hiragana', () => {
  assert.deepEqual(urls('ケーブル'), ['/ja/#接続'])
  assert.deepEqual(urls('接続'), ['/ja/#接続'])
  assert.deepEqual(urls('バックアップ'), ['/ja/#設定'])
  // Half-width katakana, as some keyboards type it, is the same word.
  assert.deepEqual(urls('ｹｰﾌﾞﾙ'), ['/ja/#接続'])
})

test('a Korean stem finds the word with its particle', () => {
  assert.deepEqual(urls('설치'), ['/ko/#설치'])
  assert.deepEqual(urls('충전기'), ['/ko/#설치'])
  assert.deepEqual(urls('서버'), ['/ko/#응답'])
  assert.deepEqual(urls('서버 응답'), ['/ko/#응답'])
})

test('every pair of a CJK query must match: a near word is not a match', () => {
  assert.deepEqual(urls('充电站'), [], '电站 is in no text')
  assert.deepEqual(urls('恐龙'), [])
  assert.deepEqual(urls('설치 서버'), [], 'two words in different sections')
})

test('a one-character query finds the character inside a run and at its end', () => {
  assert.ok(urls('桩').includes('/zh/#充电桩'))
  assert.deepEqual(marked('桩')[0], ['桩'])
  // 线 begins no pair here (火线 ends the run): the run's last character is a term of its own.
  assert.deepEqual(urls('线'), ['/zh/#端子'])
  assert.deepEqual(marked('线'), [['线']])
})

test('mixed scripts: Latin words beside CJK are words of their own', () => {
  assert.deepEqual(urls('ACI 控制器'), ['/zh/#控制器'])
  assert.deepEqual(urls('aci'), ['/zh/#控制器'])
  assert.deepEqual(urls('RS-485 电表'), ['/zh/#控制器'])
  assert.deepEqual(marked('ACI 控制器'), [['ACI控制器']])
})

test('a typo keeps to the script typed: no CJK result for a Latin typo, no typo guesses for CJK', () => {
  assert.deepEqual(urls('contcator'), ['/en/#contactor'])
  assert.deepEqual(urls('creme'), ['/en/#contactor'])
  // One character off is another word in Chinese: 充电柱 (charging pillar) is not 充电桩.
  assert.deepEqual(urls('充电柱'), [])
})

test('the matched characters are marked, not the whole unspaced run', () => {
  assert.deepEqual(marked('充电桩'), [['充电桩']])
  assert.deepEqual(marked('ケーブル'), [['ケーブル', 'ケーブル']])
  assert.deepEqual(marked('설치'), [['설치']])
  const [result] = search('充电').results
  assert.deepEqual(result.path[1], [{ text: '充电', mark: true }, { text: '桩', mark: false }])
})

test('a snippet of long unspaced text is cut near the match, not at the text start', () => {
  const filler = '本章介绍控制器的配置方法和注意事项。'.repeat(20)
  const { search: inLong } = createSearch([record('/zh/', ['长文'], `${filler}电动汽车充电桩的安装说明。${filler}`)])
  const parts = inLong('充电桩').results[0].snippet
  const text = parts.map((s) => s.text).join('')
  assert.equal(parts[0].text, '…')
  assert.ok(text.length <= 170, `${text.length} characters`)
  assert.deepEqual(parts.filter((s) => s.mark).map((s) => s.text), ['充电桩'])
})

test('CJK queries give the same results from the pieces a browser fetches as from the whole index', async () => {
  const data = exportSearch([...records, ...cjkSections()])
  const { manifest, files } = splitSearch(data, { postingsCap: 300, recordsPer: 4, singleMaxGzip: 0 })
  assert.ok(manifest.index.ranges.length > 5, `${manifest.index.ranges.length} index pieces`)
  const whole = importSearch(JSON.parse(JSON.stringify(data)))
  const pieces = await openPieces(manifest, async (name) => JSON.parse(files.get(name)))
  for (const query of [...QUERIES.cjk, '桩', '线', '充', 'ACI 控制器', 'ｹｰﾌﾞﾙ']) {
    const found = await pieces.search(query)
    assert.deepEqual(found, whole.search(query), query)
    assert.ok(found.results.length, query)
  }
})
