/**
 * The API reference's cost: a clean `npm run build` of a site made from the largest OpenAPI
 * document in ../shared/corpus-openapi (by operations, found by reading each one: no document is
 * named here), its wall time and the peak memory of the whole build (every process, from /proc),
 * per operation too, and the first-load JS and HTML of its reference pages, read from the export.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readSpec } from '../openapi/read-spec.mjs'
import { specInventory } from '../openapi/spec-inventory.mjs'
import { measuredRun } from './process-tree.mjs'
import { pageWeight } from './page-weight.mjs'
import { progress } from './progress.mjs'
import { round } from './stats.mjs'

export const OPENAPI_CORPUS = process.env.BENCH_OPENAPI_DIR || path.resolve('..', 'shared', 'corpus-openapi')

/** The OpenAPI documents of a folder (files whose top level says `openapi:` or `swagger:`). */
export function specsIn(folder) {
  if (!fs.existsSync(folder)) return []
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|json)$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => /^\s*["']?(openapi|swagger)["']?\s*:/m.test(fs.readFileSync(file, 'utf8').slice(0, 4000)))
    .sort()
}

/** @param {{ baselineJsGzip?: number, root?: string }} options */
export async function measureOpenApiBuild({ baselineJsGzip, root = process.cwd() } = {}) {
  const specs = specsIn(OPENAPI_CORPUS)
  if (!specs.length) return { skipped: `no OpenAPI documents in ${OPENAPI_CORPUS}` }
  let largest
  for (const spec of specs) {
    const operations = specInventory((await readSpec(spec)).api).length
    if (!largest || operations > largest.operations) largest = { spec, operations }
  }
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-openapi-'))
  const languageTabs = ['shell', 'javascript', 'python', 'ruby'].map((key) => ({ key, label: key }))
  fs.writeFileSync(path.join(content, 'site.json'), JSON.stringify({ title: 'Bench', languageTabs, languageNames: { json: 'JSON' }, openapi: [{ spec: path.relative(content, largest.spec), slug: 'reference' }], pages: ['index', 'reference'] }))
  fs.writeFileSync(path.join(content, 'index.mdx'), '# Bench\n')
  const out = '.out-bench-openapi'
  const name = path.relative(OPENAPI_CORPUS, largest.spec)
  progress(`build: API reference of ${name} (${largest.operations} operations) — a long one`)
  fs.rmSync(path.join(root, '.next', 'cache'), { recursive: true, force: true })
  const run = await measuredRun(process.execPath, [path.join(root, 'lib/cli/build.mjs')], { cwd: root, env: { ...process.env, CONTENT_DIR: content, PORTAL_OUT: out } })
  fs.rmSync(content, { recursive: true, force: true })
  if (run.status !== 0) return { skipped: `the build of ${name} failed: ${run.output.split('\n').slice(-5).join(' / ')}` }
  const weight = pageWeight(path.join(root, out))
  fs.rmSync(path.join(root, out), { recursive: true, force: true })
  const reference = weight.routes.filter((r) => r.route.startsWith('/reference'))
  const worst = (pick) => reference.reduce((a, b) => (pick(b) > pick(a) ? b : a))
  const heaviestHtml = worst((r) => r.html.gzip)
  const heaviestJs = worst((r) => r.js.gzip)
  return {
    name,
    operations: largest.operations,
    pages: reference.length,
    ms: round(run.ms),
    msPerOperation: round(run.ms / largest.operations),
    peakMB: run.peakBytes === null ? null : Math.round(run.peakBytes / 2 ** 20),
    largestHtml: { route: heaviestHtml.route, raw: heaviestHtml.html.raw, gzip: heaviestHtml.html.gzip },
    firstLoadJs: { route: heaviestJs.route, gzip: heaviestJs.js.gzip, overBaselineGzip: baselineJsGzip === undefined ? null : heaviestJs.js.gzip - baselineJsGzip },
  }
}
