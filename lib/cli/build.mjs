#!/usr/bin/env node
/**
 * `npm run build`: builds the static site into a fresh folder and swaps it into out/ only when the
 * build is whole, so a failed build never leaves a half-written out/.
 *
 * CONTENT_DIR may point anywhere (see lib/content/content-folder.mjs). A `public/` folder in the content
 * (an imported site's images, its old-URL redirect pages) is copied into the export over the
 * portal's own public files.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { reportUnreadable, runChecks } from './check-content.mjs'
import { buildableContent, contentWithReference } from '../content/content-folder.mjs'
import { loadSite } from '../content/load-site.mjs'
import { writePageFiles } from './page-files.mjs'
import { dropStaleTurbopackCache } from './turbopack-cache.mjs'

const root = process.cwd()
// PORTAL_OUT lets a check (the conformance run) build elsewhere without replacing the site in out/.
const out = path.resolve(root, process.env.PORTAL_OUT || 'out')
const next = path.join(root, '.out-next')

const rememberCache = dropStaleTurbopackCache(root)
const previousOut = () => (fs.existsSync(out) ? 'the previous out/ is left as it was' : 'no out/ was written')

const content = path.resolve(process.env.CONTENT_DIR || 'content')
// With an OpenAPI spec named in site.json, the reference pages are made from it now, into a copy.
const prepared = await contentWithReference(root, content).catch((error) => {
  reportUnreadable(error)
  return undefined
})
for (const line of prepared?.warnings ?? []) console.error(line)
if (!prepared || !(await runChecks(prepared.dir))) {
  console.error(`Build stopped before it began; ${previousOut()}.`)
  process.exit(1)
}
const buildContent = prepared.dir === content ? buildableContent(root, content) : prepared.dir

fs.rmSync(next, { recursive: true, force: true })
const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: buildContent, PORTAL_DIST_DIR: '.out-next', NEXT_TELEMETRY_DISABLED: '1' },
})
if (build.status !== 0) {
  fs.rmSync(next, { recursive: true, force: true })
  console.error(`Build failed; ${previousOut()}.`)
  process.exit(1)
}
if (fs.existsSync(path.join(content, 'public'))) fs.cpSync(path.join(content, 'public'), next, { recursive: true })
// Search files, Markdown pages and llms.txt come from the same pages, into the fresh folder, so they swap in with them.
await writePageFiles(next, await loadSite(buildContent))
const old = `${out}.old`
fs.rmSync(old, { recursive: true, force: true })
if (fs.existsSync(out)) fs.renameSync(out, old)
fs.renameSync(next, out)
fs.rmSync(old, { recursive: true, force: true })
// The stamp names the content folder too, so `npm start` rebuilds when CONTENT_DIR changes.
fs.writeFileSync(path.join(out, '.build-stamp'), `${new Date().toISOString()}\n${content}\n`)
rememberCache()
console.log(`Built the site into ${path.relative(root, out)}/.`)
