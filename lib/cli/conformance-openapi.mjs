#!/usr/bin/env node
/**
 * `npm run conformance:openapi -- <dir> [--build <n>|all|none|<name>,…]`: makes the reference of
 * every OpenAPI/Swagger document under <dir> (a file whose top level has `openapi:` or `swagger:`)
 * and checks, against the spec itself (lib/openapi/spec-inventory.mjs, not the pages), that every
 * operation's method, path, summary, parameter names and response status codes are text of the
 * page that holds it, and that every operationId anchor exists. One row per document with its
 * operations, anchors, time and peak memory; exits 1 when anything is missing or a check fails.
 *
 * The --build documents (a number: that many of the smallest, by bytes; default 2) are read from
 * a full `next build`; the others from the HTML tree the MDX compiler makes during the content
 * check (what the build renders, without Next's minutes for a 600-operation API on two cores).
 * Each document runs in its own process, so its time and memory are its own.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { measuredRun } from '../bench/process-tree.mjs'
import { checkDocument } from './conformance-openapi-site.mjs'

const usage = 'usage: npm run conformance:openapi -- <folder of OpenAPI documents> [--build <n>|all|none|<name>,…]'
let args
try {
  args = parseArgs({ allowPositionals: true, options: { build: { type: 'string', default: '2' }, one: { type: 'string' }, mode: { type: 'string' } } })
} catch (error) {
  console.error(`${error.message}\n${usage}`)
  process.exit(2)
}

// A child run: one document, its result as one JSON line.
if (args.values.one) {
  const result = await checkDocument(args.values.one, { build: args.values.mode === 'build' })
  console.log(`RESULT ${JSON.stringify(result)}`)
  process.exit(0)
}

const dir = args.positionals[0]
if (!dir || !fs.existsSync(dir)) {
  console.error(usage)
  process.exit(2)
}

/** Every OpenAPI or Swagger document under a folder, by what its first lines say. */
function findSpecs(folder) {
  const found = []
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ya?ml|json)$/i.test(entry.name)) continue
    const file = path.join(entry.parentPath, entry.name)
    const head = fs.readFileSync(file, 'utf8').slice(0, 4000)
    if (/^\s*["']?(openapi|swagger)["']?\s*:/m.test(head)) found.push(file)
  }
  return found.sort()
}

const specs = fs.statSync(dir).isFile() ? [dir] : findSpecs(dir)
if (!specs.length) {
  console.error(`no OpenAPI or Swagger document found in ${dir}`)
  process.exit(2)
}
const nameOf = (spec) => path.relative(path.resolve(dir), spec).split(path.sep)[0] || path.basename(spec)
const bytesOf = (spec) => fs.readdirSync(path.dirname(spec), { recursive: true }).map((f) => path.join(path.dirname(spec), String(f))).filter((f) => /\.(ya?ml|json)$/i.test(f) && fs.statSync(f).isFile()).reduce((n, f) => n + fs.statSync(f).size, 0)
const choice = args.values.build
const sizes = new Map(specs.map((spec) => [spec, bytesOf(spec)]))
const built = new Set(
  choice === 'all' ? specs : choice === 'none' ? [] : /^\d+$/.test(choice) ? [...specs].sort((a, b) => sizes.get(a) - sizes.get(b)).slice(0, Number(choice)) : specs.filter((spec) => choice.split(',').includes(nameOf(spec))),
)

const self = fileURLToPath(import.meta.url)
const rows = []
let failed = false
for (const spec of specs) {
  const name = nameOf(spec)
  const mode = built.has(spec) ? 'build' : 'compile'
  const run = await measuredRun(process.execPath, ['--max-old-space-size=6144', self, '--one', spec, '--mode', mode], { env: process.env })
  const line = run.output.split('\n').find((l) => l.startsWith('RESULT '))
  if (run.status !== 0 || !line) {
    console.error(`FAIL ${name}: the check did not finish\n${run.output.split('\n').slice(-30).join('\n')}`)
    failed = true
    continue
  }
  const result = JSON.parse(line.slice(7))
  const ok = result.problems.length === 0 && result.itemsFound === result.itemsTotal && result.anchorsFound === result.anchorsTotal
  if (!ok) failed = true
  for (const problem of result.problems.slice(0, 8)) console.error(`  ${name}: ${problem}`)
  for (const lost of result.missing.slice(0, 8)) console.error(`  ${name} missing: ${lost}`)
  const row = { name, mode, ...result, seconds: (run.ms / 1000).toFixed(1), peakMB: run.peakBytes === null ? 'n/a' : Math.round(run.peakBytes / 2 ** 20), ok }
  rows.push(row)
  console.log(`${ok ? 'ok  ' : 'LOSS'} ${name}: ${row.operations} operations${row.webhooks ? ` + ${row.webhooks} webhooks` : ''}, ${row.pages} pages, items ${row.itemsFound}/${row.itemsTotal}, anchors ${row.anchorsFound}/${row.anchorsTotal}, ${row.warnings} warnings, ${row.seconds} s, peak ${row.peakMB} MB (${mode === 'build' ? 'next build' : 'MDX compiler'})`)
}

console.log('\n| document | version | operations | pages | items shown / expected | operationId anchors | warnings | read by | time | peak memory |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for (const r of rows) {
  console.log(`| ${r.name} | ${r.version} | ${r.operations}${r.webhooks ? ` + ${r.webhooks} webhooks` : ''} | ${r.pages} | ${r.itemsFound}/${r.itemsTotal} | ${r.anchorsFound}/${r.anchorsTotal} | ${r.warnings} | ${r.mode === 'build' ? 'next build' : 'MDX compiler'} | ${r.seconds} s | ${r.peakMB} MB |`)
}
console.log(`\nGoal: every item and every anchor, no check errors. Load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}.`)
process.exit(failed ? 1 : 0)
