import { test } from 'node:test'
import assert from 'node:assert/strict'
import { median, percentile, ratio } from '../stats.mjs'
import { firstLoadAssets } from '../page-weight.mjs'
import { checkBudgets, readBudgets } from '../budgets.mjs'
import { ALL_QUERIES, QUERIES } from '../search-queries.mjs'
import { corpusOfSize } from '../search-corpus.mjs'
import { cjkSections } from '../cjk-sections.mjs'
import { hasCjk } from '../../search/cjk.mjs'

test('median and nearest-rank percentiles report measured values', () => {
  assert.equal(median([3, 1, 2]), 2)
  assert.equal(median([4, 1, 3, 2]), 2.5)
  const values = Array.from({ length: 100 }, (_, i) => i + 1)
  assert.equal(percentile(values, 50), 50)
  assert.equal(percentile(values, 95), 95)
  assert.equal(percentile([7], 95), 7)
  assert.ok(Number.isNaN(median([])))
})

test('ratio is null, not NaN or Infinity, when a side is missing', () => {
  assert.equal(ratio(1, 4), 0.25)
  assert.equal(ratio(1, 0), null)
  assert.equal(ratio(undefined, 2), null)
})

test('first-load assets: scripts, script preloads and stylesheets; noModule scripts apart', () => {
  const html = '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>'
    + '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>'
    + '<script src="/_next/static/chunks/c.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>'
    + '<script src="/_next/static/chunks/p.js" noModule=""></script><link rel="icon" href="/icon.svg?x"/>'
  assert.deepEqual(firstLoadAssets(html), { js: ['/_next/static/chunks/b.js', '/_next/static/chunks/c.js'], css: ['/_next/static/chunks/a.css'], legacy: ['/_next/static/chunks/p.js'] })
})

test('the query set has at least 200 queries of every kind the issue names', () => {
  assert.ok(ALL_QUERIES.length >= 200)
  assert.deepEqual(Object.keys(QUERIES), ['single', 'prefix', 'twoWord', 'typo', 'terminal', 'cjk', 'noHit'])
})

test('each CJK query is a word inside the bench\'s CJK text, and each CJK no-hit word is in none of it', () => {
  const texts = cjkSections().map((s) => `${s.path.join(' ')} ${s.text}`)
  // Next to another letter somewhere: what only a search that looks inside unspaced text finds.
  const inside = (text, word) => new RegExp(`\\p{L}${word}|${word}\\p{L}`, 'u').test(text)
  for (const query of QUERIES.cjk) assert.ok(cjkSections().some((s) => inside(s.text, query)), `${query} inside a run`)
  for (const query of QUERIES.noHit.filter(hasCjk)) assert.ok(!texts.some((t) => t.includes(query)), query)
  assert.ok(QUERIES.noHit.some(hasCjk))
})

test('a corpus of any size repeats the base sections under new hrefs', () => {
  const base = [{ href: '/a/', anchor: 'x', path: ['X'], text: '', code: '' }, { href: '/b/', anchor: 'y', path: ['Y'], text: '', code: '' }]
  const corpus = corpusOfSize(base, 5)
  assert.equal(corpus.length, 5)
  assert.equal(new Set(corpus.map((r) => `${r.href}#${r.anchor}`)).size, 5)
})

const results = (p95, performance) => ({
  search: {
    corpora: [{ sections: 20000, engines: { flexsearch: { latencyMs: { p95 }, vsLunr: { p95: p95 / 100, gzipBytes: 0.9 }, firstResultMs: 100, hits: { prefix: 40, typo: 27, terminal: 20, cjk: 30 } } } }],
    firstResult: [
      { engine: 'portal', sections: 20000, bytesMedian: 100_000, msSlow4gMedian: performance > 95 ? 1300 : 1600 },
      { engine: 'pagefind', sections: 20000, bytesMedian: 200_000, msSlow4gMedian: 1500 },
    ],
    keystrokes: [{ engine: 'portal', sections: 20000, medianMs: performance > 95 ? 12 : 17, p95Ms: performance > 95 ? 30 : 40 }],
    queryBytes: { site: 'WooCommerce', bytesMax: performance > 95 ? 90_000 : 130_000 },
  },
  pageWeight: { routes: [{ route: '/', js: { overBaseline: { gzip: 5000 } }, searchInFirstLoad: false }] },
  lighthouse: { pages: [{ route: '/', median: { performance, cls: 0 } }] },
  openapi: { ms: performance > 95 ? 500_000 : 1_000_000, peakMB: 3000, largestHtml: { gzip: 500_000 }, firstLoadJs: { overBaselineGzip: 8000 } },
})

test('budgets: a figure over its limit fails, one not measured is not passed', () => {
  const budgets = readBudgets()
  assert.deepEqual(checkBudgets(results(1, 99), budgets).filter((r) => r.ok !== true), [])
  const over = checkBudgets(results(3, 90), budgets).filter((r) => r.ok === false).map((r) => r.name)
  assert.deepEqual(over, ['search p95 at 20000 sections (ms)', 'first result in Chromium at 20000 sections: slow 4G (median ms)', 'first result in Chromium at 20000 sections: slow 4G / Pagefind\'s', 'keystroke to next frame in a warm dialog at 20000 sections: median (ms)', 'keystroke to next frame in a warm dialog at 20000 sections: p95 (ms)', 'worst fixed query until its first result on WooCommerce (bytes)', 'API reference build, largest corpus document (ms)', 'Lighthouse performance /'])
  const empty = checkBudgets({}, budgets)
  assert.ok(empty.every((r) => r.ok === null))
})
