#!/usr/bin/env node
/**
 * `npm start`: builds when out/ is missing or older than the sources, then serves out/ on
 * http://localhost:3000 (PORT overrides) with the security headers of lib/cli/serve.json, under the
 * site's base path when it has one (http://localhost:3000/docs/), as it will be published.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { lastBuild } from './reuse-trees.mjs'
import { serveSite } from './serve-site.mjs'

const root = process.cwd()
// PORTAL_OUT builds and serves another folder (a second site beside the first, as the e2e tests do).
const out = path.resolve(root, process.env.PORTAL_OUT || 'out')
const stamp = path.join(out, '.build-stamp')
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
const otherPath = builtAt > 0 && process.env.BASE_PATH !== undefined && lastBuild(out)?.basePath !== process.env.BASE_PATH
if (otherContent || otherPath || builtAt < Math.max(...sources.map((s) => newest(path.resolve(root, s))))) {
  console.log(!builtAt ? 'No build yet: building…' : otherContent ? 'The last build was of another content folder: building…' : otherPath ? 'The last build was for another base path: building…' : 'Sources changed since the last build: building…')
  const build = spawnSync(process.execPath, [path.join(root, 'lib/cli/build.mjs')], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const port = process.env.PORT || '3000'
const { server, basePath } = await serveSite({ outDir: out, port }).catch((error) => {
  console.error(`Cannot serve on port ${port} (${error.code ?? error.message}) — stop what uses it, or set PORT=another port.`)
  process.exit(1)
})
console.log(`Serving ${path.relative(root, out) || '.'}/ on http://localhost:${port}${basePath}/`)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)))
