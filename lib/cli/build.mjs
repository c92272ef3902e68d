#!/usr/bin/env node
/**
 * `npm run build`: reads and checks the whole site once (lib/cli/read-content.mjs: every page
 * compiled on every core, into `.out-site/`), has Next render each page from it into a fresh
 * folder, makes those static pages (lib/cli/static-pages.mjs), and swaps the folder into out/ only
 * when it is whole, so a failed build never leaves a half-written out/.
 *
 * CONTENT_DIR may point anywhere. A `public/` folder in the content (an imported site's images, its
 * old-URL redirect pages) is copied into the export over the portal's own public files.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { contentDir } from '../content/site-settings.mjs'
import { MANIFEST } from '../content/site-manifest.mjs'
import { PORTAL_DIR } from './page-files.mjs'
import { bundleIslands } from './islands-bundle.mjs'
import { makeStaticPages } from './static-pages.mjs'

const root = process.cwd()
// PORTAL_OUT lets a check (the conformance run) build elsewhere without replacing the site in out/.
const out = path.resolve(root, process.env.PORTAL_OUT || 'out')
// Work folders of their own for each output, so two builds (the e2e sites, conformance) can run at once.
const work = out === path.join(root, 'out') ? '' : `-${createHash('sha256').update(out).digest('hex').slice(0, 8)}`
const next = path.join(root, `.out-next${work}`)
const siteDir = path.join(root, `.out-site${work}`)
const content = contentDir()
const previousOut = () => (fs.existsSync(out) ? 'the previous out/ is left as it was' : 'no out/ was written')
const started = Date.now()
const took = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

// Reading the site is a process of its own, so its memory is given back before Next starts.
const read = spawnSync(process.execPath, [fileURLToPath(new URL('./read-content.mjs', import.meta.url))], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: content, PORTAL_SITE_DIR: siteDir, PORTAL_CONTENT_COPY: `.out-content${work}` },
})
if (read.status !== 0) {
  console.error(`Build stopped before it began; ${previousOut()}.`)
  process.exit(1)
}
const manifest = JSON.parse(fs.readFileSync(path.join(siteDir, MANIFEST), 'utf8'))

fs.rmSync(next, { recursive: true, force: true })
const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, PORTAL_SITE_DIR: siteDir, PORTAL_DIST_DIR: path.relative(root, next), NEXT_TELEMETRY_DISABLED: '1' },
})
if (build.status !== 0) {
  fs.rmSync(next, { recursive: true, force: true })
  console.error(`Build failed; ${previousOut()}.`)
  process.exit(1)
}
if (fs.existsSync(path.join(content, 'public'))) fs.cpSync(path.join(content, 'public'), next, { recursive: true })
// Search files, Markdown pages, llms.txt and the nav file, into the fresh folder, so they swap in with the pages.
fs.cpSync(path.join(siteDir, 'public'), next, { recursive: true })
const portal = `/${PORTAL_DIR}/`
const islands = await bundleIslands(root, path.join(next, PORTAL_DIR))
const { pages } = makeStaticPages(next, { entry: portal + islands.entry, preload: islands.preload.map((file) => portal + file) })
const old = `${out}.old`
fs.rmSync(old, { recursive: true, force: true })
if (fs.existsSync(out)) fs.renameSync(out, old)
fs.renameSync(next, out)
fs.rmSync(old, { recursive: true, force: true })
// The stamp names the content folder too, so `npm start` rebuilds when CONTENT_DIR changes.
fs.writeFileSync(path.join(out, '.build-stamp'), `${new Date().toISOString()}\n${content}\n`)
console.log(`Built ${pages} pages (${manifest.order.length} of content) into ${path.relative(root, out) || '.'}/ in ${took()}.`)
