#!/usr/bin/env node
/**
 * `npm run dev`: a live preview for authors on http://localhost:3000 (PORT overrides). Every save
 * in the content folder (CONTENT_DIR, else content/) reads the site again, as the build does, but
 * compiles only what the save touched (lib/content/page-cache.mjs: the page, or the pages that
 * include a saved file), and prints the checks' `file:line` lines. Content that passes goes into the
 * preview's site folder and open pages refresh in place; content that fails does not, so the
 * preview keeps the last good version.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { readSite } from '../content/read-site.mjs'
import { contentWithReference } from '../openapi/content-with-reference.mjs'
import { MANIFEST } from '../content/site-manifest.mjs'
import { pageCache, portalCache } from '../content/page-cache.mjs'
import { contentDir } from '../content/site-settings.mjs'
import { writePageSide } from './page-files.mjs'
import { writeSearchSideApart } from './search-side-worker.mjs'
import { previewTree } from './preview-tree.mjs'
import { watchContent } from './watch-content.mjs'
import { startDevProxy } from './dev-proxy.mjs'

const root = process.cwd()
const source = contentDir()
// Its own folders, all left out of git (.out-*), so the preview never touches out/ or public/.
// Outside what next dev's file watcher follows: a save must not make it recompile anything.
const reading = portalCache(root, 'dev-read')
const live = portalCache(root, 'dev-site')
const distDir = '.out-dev-next'
const cache = pageCache(portalCache(root, 'pages'), { remember: true })
// Which version of each page the staging folder and the preview hold (readSite's keys).
const staged = new Map()
const shown = new Map()
const port = Number(process.env.PORT || 3000)
const say = (line) => console.log(`[dev] ${line}`)

function isRunning(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

async function freePort() {
  const probe = net.createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => probe.once('listening', resolve))
  const { port: free } = /** @type {net.AddressInfo} */ (probe.address())
  await new Promise((resolve) => probe.close(resolve))
  return free
}

/** @type {import('node:child_process').ChildProcess | undefined} */
let next
let nextPort
async function startNext() {
  const at = await freePort()
  next = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'dev', '--port', String(at), '--hostname', '127.0.0.1'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PORTAL_SITE_DIR: live, PORTAL_DEV: '1', PORTAL_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
  })
  next.on('exit', (code, signal) => {
    say(`next dev stopped (${signal ?? code}); stopping.`)
    process.exit(1)
  })
  nextPort = at
}

/** Reads the author's folder; brings the preview up to date only when it passes. */
async function refresh() {
  const started = Date.now()
  fs.mkdirSync(reading, { recursive: true })
  // With an OpenAPI spec, the reference is made again from it on every save, into a copy that is read.
  const { errors, warnings, site, keys } = await contentWithReference(root, source, '.out-dev-reference')
    .then(async (prepared) => {
      const read = await readSite({ dir: prepared.dir, out: reading, written: staged, cache })
      return { ...read, warnings: [...prepared.warnings, ...read.warnings] }
    })
    .catch((error) => ({ errors: error?.problems ?? [error?.name === 'ContentError' ? error.message : `content check failed unexpectedly: ${error?.message ?? error}`], warnings: [], site: undefined, keys: new Map() }))
  for (const line of [...errors, ...warnings]) console.error(line)
  if (!site) {
    const them = errors.length > 1 ? 'them' : 'it'
    say(`${errors.length} content error${errors.length > 1 ? 's' : ''}: fix ${them} and save${next ? '; the preview keeps the last good version until then' : ''}.`)
    return false
  }
  const updated = [...keys].filter(([slug, key]) => shown.get(slug) !== key).map(([slug]) => slug)
  for (const slug of updated) {
    for (const file of [`pages/${slug}.js`, `public/${slug}.md`]) {
      fs.mkdirSync(path.dirname(path.join(live, file)), { recursive: true })
      fs.copyFileSync(path.join(reading, file), path.join(live, file))
    }
    shown.set(slug, keys.get(slug))
  }
  const manifest = writePageSide(live, site, previewTree(source, site.settings))
  // The page shows first; search and llms.txt follow a moment later.
  searching = searching.then(() => writeSearchSideApart(live, site, manifest)).then(() => say('search updated.'), (error) => say(`search files not written: ${error?.message ?? error}`))
  const files = updated.length > 5 ? `${updated.length} pages` : updated.map((slug) => `${slug}.mdx`).join(', ')
  say(`${updated.length ? `content checked, preview updated: ${files}` : 'content checked: no problems'} (${Date.now() - started} ms).`)
  return true
}

let running = Promise.resolve()
let searching = Promise.resolve()
let timer
/** @type {ReturnType<typeof startDevProxy> extends Promise<infer S> ? S : never} */
let proxy
function onChange() {
  clearTimeout(timer)
  // Editors save in bursts (write, rename, touch): one check per burst.
  timer = setTimeout(() => {
    running = running.then(async () => {
      if (!(await refresh())) return
      if (!next) await startNext()
      proxy.changed(String(fs.statSync(path.join(live, MANIFEST)).mtimeMs))
    })
  }, 100)
}

// One preview per project: a second one would empty the first one's folders.
const pidFile = path.join(root, distDir, 'portal-dev.pid')
const other = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8')) : 0
if (other && other !== process.pid && isRunning(other)) {
  say(`another npm run dev is running in this project (pid ${other}) — use it, or stop it first.`)
  process.exit(1)
}
for (const dir of [live, reading]) fs.rmSync(dir, { recursive: true, force: true })
fs.mkdirSync(path.dirname(pidFile), { recursive: true })
fs.writeFileSync(pidFile, String(process.pid))
const contentPublic = path.join(source, 'public')
proxy = await startDevProxy({ port, target: () => nextPort, folders: () => [path.join(live, 'public'), contentPublic] }).catch((error) => {
  say(`cannot listen on port ${port} (${error.code ?? error.message}) — stop what uses it, or set PORT=another port.`)
  process.exit(1)
})
say(`preview of ${path.relative(root, source) || '.'}/ on http://localhost:${port}/ — edit and save; Ctrl+C stops.`)
// With errors at start there is no good version yet: the preview starts once the content passes.
if (await refresh()) {
  await startNext()
  proxy.changed(String(fs.statSync(path.join(live, MANIFEST)).mtimeMs))
}
else say('the preview starts once the content passes.')
watchContent(source, onChange)

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    next?.removeAllListeners('exit')
    next?.kill('SIGTERM')
    process.exit(0)
  })
}
