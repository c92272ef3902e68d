#!/usr/bin/env node
/**
 * `npm run load`: serves the built site (building first when stale, as `npm start` does) on a free
 * port of 127.0.0.1 and drives it with autocannon from this process: 64 connections, a fixed count
 * of requests spread over every page, the search files and a missing page, stopped after a time
 * limit whatever happens. Prints requests/s, p99 latency, errors and unexpected statuses; exits 1
 * unless all of those are zero and the count was reached.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import autocannon from 'autocannon'

const root = process.cwd()
const REQUESTS = Number(process.env.LOAD_REQUESTS || 30_000)
const CONNECTIONS = 64
const TIME_LIMIT_S = 120
const MISSING = '/no-such-page-for-load-test/'

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (probe.address())
      probe.close(() => resolve(port))
    }).on('error', reject)
  })

/** Every page (each index.html) and every search file, read from out/ so new ones join by themselves. */
function targets(out) {
  const paths = []
  const walk = (dir, url) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== '_next' && entry.name !== '_not-found' && entry.name !== '404') walk(path.join(dir, entry.name), `${url}${entry.name}/`)
      else if (entry.name === 'index.html') paths.push(url)
      else if (entry.isFile() && url.startsWith('/search/')) paths.push(url + entry.name)
    }
  }
  walk(out, '/')
  return paths.sort()
}

async function waitFor(url, server, ms) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the server exited (code ${server.exitCode}) before answering`)
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${ms / 1000}s`)
}

const port = await freePort()
const base = `http://127.0.0.1:${port}`
const server = spawn(process.execPath, [path.join(root, 'lib/cli/start.mjs')], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, PORT: String(port) } })
const stop = () => server.exitCode === null && server.kill('SIGTERM')
process.on('exit', stop)

let failed = false
try {
  await waitFor(`${base}/`, server, 300_000)
  const pages = targets(path.join(root, 'out'))
  const expected = new Map([...pages.map((p) => [p, 200]), [MISSING, 404]])
  /** @type {Map<string, number>} path and status -> count of answers that were not the expected one */
  const unexpected = new Map()
  let expected404 = 0
  const requests = [...expected].map(([target, status]) => ({
    method: 'GET',
    path: target,
    headers: { 'accept-encoding': 'gzip' },
    onResponse: (got) => {
      if (got === status) expected404 += status === 404 ? 1 : 0
      else unexpected.set(`${target} ${got}`, (unexpected.get(`${target} ${got}`) ?? 0) + 1)
    },
  }))
  console.log(`Load: ${REQUESTS} requests over ${requests.length} paths (${pages.length} pages and search files, 1 missing), ${CONNECTIONS} connections, ${base}`)

  const run = autocannon({ url: base, connections: CONNECTIONS, amount: REQUESTS, requests, timeout: 10 })
  const limit = setTimeout(() => run.stop(), TIME_LIMIT_S * 1000)
  const result = await run
  clearTimeout(limit)

  const errors = result.errors + result.timeouts
  const badStatus = [...unexpected.values()].reduce((a, b) => a + b, 0)
  console.log(`requests:      ${result.requests.total} in ${result.duration.toFixed(1)} s`)
  console.log(`requests/s:    ${Math.round(result.requests.average)} (mean), p99 latency ${result.latency.p99} ms (p50 ${result.latency.p50} ms, max ${result.latency.max} ms)`)
  console.log(`errors:        ${errors} (${result.errors} errors, ${result.timeouts} timeouts)`)
  console.log(`non-2xx:       ${result.non2xx} (${expected404} expected 404s from ${MISSING})`)
  console.log(`unexpected:    ${badStatus}${badStatus ? ` — ${[...unexpected].map(([k, n]) => `${k} ×${n}`).join(', ')}` : ''}`)
  if (result.requests.total < 20_000) console.error(`Fewer than 20,000 requests in the ${TIME_LIMIT_S} s limit.`)
  failed = errors > 0 || badStatus > 0 || result.requests.total < 20_000
} catch (error) {
  console.error(`Load test could not run: ${error.message}`)
  failed = true
} finally {
  stop()
}
process.exit(failed ? 1 : 0)
