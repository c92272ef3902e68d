#!/usr/bin/env node
/**
 * `npm run build`: builds the static site into a fresh folder and swaps it into out/ only when the
 * build is whole, so a failed build never leaves a half-written out/.
 *
 * CONTENT_DIR may point anywhere (see lib/content-folder.mjs). A `public/` folder in the content
 * (an imported site's images, its old-URL redirect pages) is copied into the export over the
 * portal's own public files.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runChecks } from './check-content.mjs'
import { buildableContent } from '../content-folder.mjs'
import { writeSearchFiles } from '../search-files.mjs'

const root = process.cwd()
// PORTAL_OUT lets a check (the conformance run) build elsewhere without replacing the site in out/.
const out = path.resolve(root, process.env.PORTAL_OUT || 'out')
const next = path.join(root, '.out-next')

// Turbopack's build cache does not see that compiled MDX depends on our remark plugins (they are
// loaded by path), so after a plugin changed, pages kept the old plugin's output. The cache is
// dropped whenever the plugins or the installed packages differ from the last build's.
const turbopackCache = path.join(root, '.next', 'cache', 'turbopack')
const pluginsKeyFile = path.join(root, '.next', 'cache', 'portal-plugins.sha256')
function pluginsKey() {
  const hash = createHash('sha256')
  const lib = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
  const plugins = fs.readdirSync(lib).filter((name) => name.endsWith('.mjs')).sort().map((name) => path.join(lib, name))
  for (const file of [...plugins, path.join(root, 'package-lock.json')]) {
    hash.update(`${path.basename(file)}\0`)
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}
const key = pluginsKey()
if (!fs.existsSync(pluginsKeyFile) || fs.readFileSync(pluginsKeyFile, 'utf8') !== key) {
  fs.rmSync(turbopackCache, { recursive: true, force: true })
}

if (!(await runChecks())) {
  console.error(`Build stopped before it began; ${fs.existsSync(out) ? 'the previous out/ is left as it was' : 'no out/ was written'}.`)
  process.exit(1)
}

const content = path.resolve(process.env.CONTENT_DIR || 'content')
const buildContent = buildableContent(root, content)

fs.rmSync(next, { recursive: true, force: true })
const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: buildContent, PORTAL_DIST_DIR: '.out-next', NEXT_TELEMETRY_DISABLED: '1' },
})
if (build.status !== 0) {
  fs.rmSync(next, { recursive: true, force: true })
  console.error(`Build failed; ${fs.existsSync(out) ? 'the previous out/ is left as it was' : 'no out/ was written'}.`)
  process.exit(1)
}
if (fs.existsSync(path.join(content, 'public'))) fs.cpSync(path.join(content, 'public'), next, { recursive: true })
// The search index is built from the same pages, into the fresh folder, so it swaps in with them.
await writeSearchFiles(next)
const old = `${out}.old`
fs.rmSync(old, { recursive: true, force: true })
if (fs.existsSync(out)) fs.renameSync(out, old)
fs.renameSync(next, out)
fs.rmSync(old, { recursive: true, force: true })
// The stamp names the content folder too, so `npm start` rebuilds when CONTENT_DIR changes.
fs.writeFileSync(path.join(out, '.build-stamp'), `${new Date().toISOString()}\n${content}\n`)
fs.mkdirSync(path.dirname(pluginsKeyFile), { recursive: true })
fs.writeFileSync(pluginsKeyFile, key)
console.log(`Built the site into ${path.relative(root, out)}/.`)
