/**
 * Search: each engine on corpora of several sizes — build time, bytes as shipped (raw, gzip), time
 * to first result in a fresh process, and latency over the fixed query set — with ratios to lunr,
 * the baseline Slate readers had. Latency is the median of a query's rounds, then p50/p95/max over
 * the queries, so one GC pause does not become the max.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ENGINES } from './search-engines.mjs'
import { baseSections, corpusOfSize } from './search-corpus.mjs'
import { ALL_QUERIES, QUERIES } from './search-queries.mjs'
import { progress } from './progress.mjs'
import { gzipSize, median, msSince, percentile, ratio, round } from './stats.mjs'

const FIRST_RESULT = fileURLToPath(new URL('./first-result.mjs', import.meta.url))

function firstResult(engine, file, runs) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--max-old-space-size=8192', FIRST_RESULT, engine.name, file, 'order'], { encoding: 'utf8', maxBuffer: 1 << 20 })
    times.push(JSON.parse(out).ms)
  }
  return median(times)
}

function latency(engine, searcher, rounds) {
  for (const { query } of ALL_QUERIES) engine.search(searcher, query) // warm-up: JIT, lazy caches
  const perQuery = ALL_QUERIES.map(() => [])
  const hits = Object.fromEntries(Object.keys(QUERIES).map((kind) => [kind, 0]))
  for (let round = 0; round < rounds; round++) {
    ALL_QUERIES.forEach(({ kind, query }, i) => {
      const start = process.hrtime.bigint()
      const found = engine.search(searcher, query)
      perQuery[i].push(msSince(start))
      if (round === 0 && found.length) hits[kind]++
    })
  }
  const times = perQuery.map(median)
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), hits }
}

async function measureEngine(engine, records, { rounds, freshRuns, dir }) {
  let start = process.hrtime.bigint()
  const built = await engine.build(records)
  const buildMs = msSince(start)
  const text = engine.serialize(built)
  const file = path.join(dir, `${engine.name}-${records.length}.json`)
  fs.writeFileSync(file, text)
  const bytes = { raw: Buffer.byteLength(text), gzip: gzipSize(text) }
  start = process.hrtime.bigint()
  const searcher = await engine.load(text)
  const loadMs = msSince(start)
  const lat = latency(engine, searcher, rounds)
  const firstResultMs = firstResult(engine, file, freshRuns)
  fs.rmSync(file)
  return { engine: engine.label, buildMs: round(buildMs, 1), bytes, loadMs: round(loadMs, 1), firstResultMs: round(firstResultMs, 1), latencyMs: { p50: round(lat.p50, 4), p95: round(lat.p95, 4), max: round(lat.max, 4) }, hits: lat.hits }
}

/**
 * @param {{ sizes: number[], rounds: number, freshRuns: number, corpus?: Awaited<ReturnType<typeof baseSections>> }} options
 */
export async function measureSearch({ sizes, rounds, freshRuns, corpus }) {
  progress('search: reading the corpus')
  const { source, sections } = corpus ?? (await baseSections())
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evnex-bench-search-'))
  const corpora = []
  try {
    for (const size of sizes) {
      const records = corpusOfSize(sections, size)
      const engines = {}
      for (const engine of ENGINES) {
        progress(`search: ${engine.label} on ${size} sections`)
        engines[engine.name] = await measureEngine(engine, records, { rounds, freshRuns, dir })
      }
      const lunr = engines.lunr
      for (const result of Object.values(engines)) {
        result.vsLunr = {
          buildMs: ratio(result.buildMs, lunr.buildMs),
          gzipBytes: ratio(result.bytes.gzip, lunr.bytes.gzip),
          firstResultMs: ratio(result.firstResultMs, lunr.firstResultMs),
          p50: ratio(result.latencyMs.p50, lunr.latencyMs.p50),
          p95: ratio(result.latencyMs.p95, lunr.latencyMs.p95),
        }
      }
      corpora.push({ sections: size, engines })
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
  return { source, baseSections: sections.length, queries: ALL_QUERIES.length, queryKinds: Object.fromEntries(Object.entries(QUERIES).map(([k, v]) => [k, v.length])), rounds, corpora }
}
