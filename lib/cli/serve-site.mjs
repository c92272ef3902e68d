#!/usr/bin/env node
/**
 * Serves an export as a static host does, for `npm start` and the bench: under the site's base path
 * (the build's record says which), a folder's `index.html` at its address with a `/` (a folder
 * without one is redirected to it), `404.html` with status 404 for anything else, the headers of
 * lib/cli/serve.json (its Content-Security-Policy with the build's hashes), gzip for text.
 *
 * Its own few lines rather than the `serve` package: that one takes a folder whose name has a dot
 * (`/1.x/`, a version) for a file and lists it instead of serving its index.html, and it has no base path.
 *
 *   node lib/cli/serve-site.mjs <export folder> <port> [host] [config]   (config: another serve.json, for a baseline site)
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'
import { lastBuild } from './reuse-trees.mjs'
import { basePolicy, inlineHashes, policyWith, SERVE_CONFIG, unionOf } from './security-policy.mjs'
import { globPattern } from './glob-pattern.mjs'

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.pdf': 'application/pdf',
}
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/

/** The inline scripts and styles of every page: the build's record has them; an export without one is read. */
function exportHashes(outDir) {
  const recorded = lastBuild(outDir)?.hashes
  if (recorded) return recorded
  const pages = fs.readdirSync(outDir, { recursive: true }).map(String).filter((name) => name.endsWith('.html'))
  return unionOf(pages.map((name) => inlineHashes(fs.readFileSync(path.join(outDir, name), 'utf8'))))
}

/** The headers for a file of the export (its path from the export's root), as serve.json's rules give them. */
function headerRules(outDir, file) {
  const config = JSON.parse(fs.readFileSync(file, 'utf8'))
  const policy = policyWith(exportHashes(outDir), {}, basePolicy(config))
  const rules = (config.headers ?? []).map((rule) => ({ pattern: globPattern(rule.source), headers: rule.headers.map(({ key, value }) => [key, key === 'Content-Security-Policy' ? policy : value]) }))
  return (relative) => rules.filter((rule) => rule.pattern.test(relative)).flatMap((rule) => rule.headers)
}

/** @returns {{ file: string, status: number } | { redirect: string }} what a path inside the base path is */
function resolve(outDir, address) {
  const relative = path.normalize(decodeURIComponent(address)).replace(/^[/\\]+/, '')
  if (relative.startsWith('..')) return { file: path.join(outDir, '404.html'), status: 404 }
  const full = path.join(outDir, relative)
  const stat = fs.statSync(full, { throwIfNoEntry: false })
  if (stat?.isFile()) return { file: full, status: 200 }
  if (stat?.isDirectory()) {
    if (!address.endsWith('/')) return { redirect: `${address}/` }
    if (fs.existsSync(path.join(full, 'index.html'))) return { file: path.join(full, 'index.html'), status: 200 }
  }
  if (fs.existsSync(`${full}.html`)) return { file: `${full}.html`, status: 200 }
  return { file: path.join(outDir, '404.html'), status: 404 }
}

/**
 * @param {{ outDir: string, port: number | string, host?: string, config?: string }} options
 * @returns {Promise<{ server: http.Server, basePath: string }>}
 */
export function serveSite({ outDir, port, host = '0.0.0.0', config = SERVE_CONFIG }) {
  const basePath = lastBuild(outDir)?.basePath ?? ''
  const headersFor = headerRules(outDir, config)
  const server = http.createServer((request, response) => {
    let found
    try {
      const { pathname, search } = new URL(request.url ?? '/', 'http://site.invalid')
      const inside = pathname === basePath || pathname.startsWith(`${basePath}/`)
      found = inside ? resolve(outDir, pathname.slice(basePath.length) || '/') : { file: path.join(outDir, '404.html'), status: 404 }
      if ('redirect' in found) found.redirect = `${basePath}${found.redirect}${search}`
    } catch {
      // An address no file can have (a broken %-escape, a NUL): as a host would, not found.
      found = { file: path.join(outDir, '404.html'), status: 404 }
    }
    if ('redirect' in found) {
      response.writeHead(301, { Location: found.redirect }).end()
      return
    }
    const type = TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream'
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    const headers = { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': fs.statSync(found.file).size }) }
    for (const [key, value] of headersFor(path.relative(outDir, found.file).split(path.sep).join('/'))) headers[key] = value
    response.writeHead(found.status, headers)
    if (request.method === 'HEAD') return void response.end()
    const body = fs.createReadStream(found.file).on('error', () => response.destroy())
    ;(gzip ? body.pipe(zlib.createGzip()) : body).pipe(response)
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(Number(port), host, () => done({ server, basePath }))
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir, port = '3000', host, config] = process.argv.slice(2)
  const { basePath } = await serveSite({ outDir: path.resolve(outDir), port, host, config: config && path.resolve(config) })
  console.log(`Serving ${outDir} on http://localhost:${port}${basePath}/`)
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0))
}
