/**
 * The address an author opens in `npm run dev`: files the build adds to the export after
 * `next build` (search files, Markdown pages, llms.txt, a content folder's own public/) are served from their folders,
 * everything else, hot-reload socket included, is passed to `next dev`. So the preview never writes
 * into the project's public/, and a later `npm run build` cannot export a stale search file.
 * `/_portal/dev-events` tells open pages (components/dev-refresh.tsx) when the content changed.
 */
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'

const TYPES = { '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' }

/** The file under one of `folders` that a URL path names, or undefined. */
function fileFor(folders, url) {
  let pathname
  try {
    pathname = decodeURIComponent(new URL(url, 'http://x').pathname)
  } catch {
    return undefined
  }
  for (const folder of folders()) {
    const file = path.join(folder, pathname)
    if (!file.startsWith(folder + path.sep)) continue
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file
  }
  return undefined
}

export const DEV_EVENTS = '/_portal/dev-events'

/**
 * @param {{ port: number, target: () => number | undefined, folders: () => string[] }} options
 *   port: where authors connect; target: the port `next dev` listens on now (undefined while it starts)
 * @returns {Promise<{ changed: (version: string) => void }>} changed: tells every open page the
 *   content's new version, so those showing an older one refresh
 */
export function startDevProxy({ port, target, folders }) {
  const listeners = new Set()
  let version = ''
  const server = http.createServer((req, res) => {
    if (req.url === DEV_EVENTS) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
      res.write(`data: ${version}\n\n`)
      listeners.add(res)
      return req.on('close', () => listeners.delete(res))
    }
    const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(folders, req.url ?? '/') : undefined
    if (file) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
      return req.method === 'HEAD' ? res.end() : fs.createReadStream(file).pipe(res)
    }
    const to = target()
    if (!to) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1' })
      return res.end('No preview yet: next dev is starting, or the content checks failed (see the terminal).\n')
    }
    const upstream = http.request({ host: '127.0.0.1', port: to, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('The preview is restarting; reload in a moment.\n')
    })
    req.pipe(upstream)
  })
  // The hot-reload WebSocket: hand the raw connection to next dev.
  server.on('upgrade', (req, socket, head) => {
    const to = target()
    if (!to) return socket.destroy()
    const upstream = net.connect(to, '127.0.0.1', () => {
      const headers = Object.entries(req.headers).map(([name, value]) => `${name}: ${value}`).join('\r\n')
      upstream.write(`${req.method} ${req.url} HTTP/${req.httpVersion}\r\n${headers}\r\n\r\n`)
      upstream.write(head)
      socket.pipe(upstream).pipe(socket)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolve({
      changed(now) {
        version = now
        for (const res of listeners) res.write(`data: ${version}\n\n`)
      },
    }))
  })
}
