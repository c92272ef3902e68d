#!/usr/bin/env node
/**
 * `npm start`: builds when out/ is missing or older than the sources, then serves out/ on
 * http://localhost:3000 (PORT overrides) with the security headers of lib/cli/serve.json.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = process.cwd()
// PORTAL_OUT serves (and builds) another folder than out/: the end-to-end tests' second site.
const outDir = process.env.PORTAL_OUT || 'out'
const stamp = path.join(root, outDir, '.build-stamp')
const sources = [process.env.CONTENT_DIR || 'content', 'app', 'components', 'lib', 'public', 'next.config.mjs', 'mdx-components.tsx', 'package-lock.json']

function newest(entry) {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const child of fs.readdirSync(entry)) {
    if (child === 'test' || child === 'node_modules') continue
    latest = Math.max(latest, newest(path.join(entry, child)))
  }
  return latest
}

const builtAt = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0
const builtFrom = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').split('\n')[1] : undefined
const otherContent = builtAt > 0 && builtFrom !== path.resolve(process.env.CONTENT_DIR || 'content')
if (otherContent || builtAt < Math.max(...sources.map((s) => newest(path.resolve(root, s))))) {
  console.log(!builtAt ? 'No build yet: building…' : otherContent ? 'The last build was of another content folder: building…' : 'Sources changed since the last build: building…')
  const build = spawnSync(process.execPath, [path.join(root, 'lib/cli/build.mjs')], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const port = process.env.PORT || '3000'
const server = spawn(
  process.execPath,
  [path.join(root, 'node_modules/serve/build/main.js'), outDir, '--listen', `tcp://0.0.0.0:${port}`, '--config', path.join(root, 'lib/cli/serve.json'), '--no-clipboard', '--no-port-switching', '--no-request-logging'],
  { stdio: 'inherit', env: { ...process.env, NO_UPDATE_CHECK: '1' } },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
