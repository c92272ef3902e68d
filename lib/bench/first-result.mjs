#!/usr/bin/env node
/**
 * Time to first result, run in a fresh Node process by search-bench.mjs: import the engine, read
 * its shipped index, deserialize it, answer one query. Prints {"ms": …, "hits": …} as JSON.
 * Node's own start-up is left out: a browser page has paid for its runtime already.
 *   node first-result.mjs <engine name> <index file> <query>
 */
import fs from 'node:fs'

const [name, file, query] = process.argv.slice(2)
const start = process.hrtime.bigint()
const { ENGINES } = await import('./search-engines.mjs')
const engine = ENGINES.find((e) => e.name === name)
if (!engine) throw new Error(`no engine called ${name}`)
const searcher = await engine.load(fs.readFileSync(file, 'utf8'))
const hits = engine.search(searcher, query).length
process.stdout.write(JSON.stringify({ ms: Number(process.hrtime.bigint() - start) / 1e6, hits }))
