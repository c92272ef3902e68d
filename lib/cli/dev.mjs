#!/usr/bin/env node
/**
 * `npm run dev`: a live preview for authors on http://localhost:3000 (PORT overrides). Every save
 * in the content folder (CONTENT_DIR, else content/) runs the content checks and prints their
 * `file:line` lines; content that passes is copied into the preview (lib/cli/dev-sync.mjs), which
 * `next dev` hot-reloads, and the search files are written again. Content that fails is not
 * copied, so the preview keeps the last good version. A change to site.json restarts `next dev`
 * (the MDX plugins and the page list are read from it at start).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { checkContent } from '../content/check-content.mjs'
import { contentDir } from '../content/site-settings.mjs'
import { loadSite } from '../content/load-site.mjs'
import { writePageFiles } from './page-files.mjs'
import { contentWithReference } from '../content/content-folder.mjs'
import { syncContent, watchContent } from './dev-sync.mjs'
import { startDevProxy } from './dev-proxy.mjs'

// The site is read again after every change (lib/content/load-site.mjs), here and in next dev.
process.env.PORTAL_DEV = '1'
const root = process.cwd()
const source = contentDir()
// Its own folders, all left out of git (.out-*), so the preview never touches out/ or public/.
const preview = path.join(root, '.out-dev-content')
const files = path.join(root, '.out-dev-files')
const distDir = '.out-dev-next'
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
    env: { ...process.env, CONTENT_DIR: preview, PORTAL_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
  })
  const child = next
  child.on('exit', (code, signal) => {
    if (next !== child) return
    say(`next dev stopped (${signal ?? code}); stopping.`)
    process.exit(1)
  })
  nextPort = at
}

async function stopNext() {
  const child = next
  next = undefined
  nextPort = undefined
  if (!child || child.exitCode !== null) return
  await new Promise((resolve) => {
    child.once('exit', resolve)
    child.kill('SIGTERM')
  })
}

/** Checks the author's folder; copies it into the preview and rewrites search only when it passes. */
async function refresh() {
  // With an OpenAPI spec, the reference is made again from it on every save, into a copy that is checked.
  let dir = source
  const { errors, warnings } = await contentWithReference(root, source, '.out-dev-reference')
    .then(async (prepared) => {
      dir = prepared.dir
      const checked = await checkContent({ dir })
      return { errors: checked.errors, warnings: [...prepared.warnings, ...checked.warnings] }
    })
    .catch((error) => ({ errors: error?.problems ?? [error?.name === 'ContentError' ? error.message : `content check failed unexpectedly: ${error?.message ?? error}`], warnings: [] }))
  for (const line of [...errors, ...warnings]) console.error(line)
  if (errors.length) {
    const them = errors.length > 1 ? 'them' : 'it'
    say(`${errors.length} content error${errors.length > 1 ? 's' : ''}: fix ${them} and save${next ? '; the preview keeps the last good version until then' : ''}.`)
    return { ok: false, changed: [] }
  }
  const changed = syncContent(dir, preview)
  fs.rmSync(files, { recursive: true, force: true })
  fs.mkdirSync(files, { recursive: true })
  await writePageFiles(files, await loadSite(preview))
  return { ok: true, changed }
}

let running = Promise.resolve()
let timer
function onChange() {
  clearTimeout(timer)
  // Editors save in bursts (write, rename, touch): one check per burst.
  timer = setTimeout(() => {
    running = running.then(async () => {
      const { ok, changed } = await refresh()
      if (!ok) return
      if (!next) await startNext()
      else if (changed.includes('site.json')) {
        say('site.json changed: restarting the preview…')
        await stopNext()
        await startNext()
      }
      say(changed.length ? `content checked, preview updated: ${changed.join(', ')}` : 'content checked: no problems.')
    })
  }, 150)
}

// One preview per project: a second one would empty the first one's folders.
const pidFile = path.join(root, distDir, 'portal-dev.pid')
const other = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8')) : 0
if (other && other !== process.pid && isRunning(other)) {
  say(`another npm run dev is running in this project (pid ${other}) — use it, or stop it first.`)
  process.exit(1)
}
// A fresh start: the MDX plugins are loaded by path and Turbopack's cache would not see them change.
fs.rmSync(path.join(root, distDir), { recursive: true, force: true })
fs.rmSync(preview, { recursive: true, force: true })
fs.mkdirSync(path.dirname(pidFile), { recursive: true })
fs.writeFileSync(pidFile, String(process.pid))
const contentPublic = path.join(source, 'public')
await startDevProxy({ port, target: () => nextPort, folders: () => [files, contentPublic] }).catch((error) => {
  say(`cannot listen on port ${port} (${error.code ?? error.message}) — stop what uses it, or set PORT=another port.`)
  process.exit(1)
})
say(`preview of ${path.relative(root, source) || '.'}/ on http://localhost:${port}/ — edit and save; Ctrl+C stops.`)
// With errors at start there is no good version yet: the preview starts once the content passes.
if ((await refresh()).ok) await startNext()
else say('the preview starts once the content passes.')
watchContent(source, onChange)

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await stopNext()
    process.exit(0)
  })
}
