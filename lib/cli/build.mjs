#!/usr/bin/env node
/**
 * `npm run build`: builds the static site into a fresh folder and swaps it into out/ only when the
 * build is whole, so a failed build never leaves a half-written out/.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { runChecks } from './check-content.mjs'
import { writeSearchFiles } from '../search-files.mjs'

const root = process.cwd()
const out = path.join(root, 'out')
const next = path.join(root, '.out-next')

if (!(await runChecks())) {
  console.error(`Build stopped before it began; ${fs.existsSync(out) ? 'the previous out/ is left as it was' : 'no out/ was written'}.`)
  process.exit(1)
}

fs.rmSync(next, { recursive: true, force: true })
const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, PORTAL_DIST_DIR: '.out-next', NEXT_TELEMETRY_DISABLED: '1' },
})
if (build.status !== 0) {
  fs.rmSync(next, { recursive: true, force: true })
  console.error(`Build failed; ${fs.existsSync(out) ? 'the previous out/ is left as it was' : 'no out/ was written'}.`)
  process.exit(1)
}
// The search index is built from the same pages, into the fresh folder, so it swaps in with them.
await writeSearchFiles(next)
const old = path.join(root, '.out-old')
fs.rmSync(old, { recursive: true, force: true })
if (fs.existsSync(out)) fs.renameSync(out, old)
fs.renameSync(next, out)
fs.rmSync(old, { recursive: true, force: true })
fs.writeFileSync(path.join(out, '.build-stamp'), new Date().toISOString())
console.log('Built the site into out/.')
