#!/usr/bin/env node
/**
 * `npm run build`: reads and checks every content tree once (lib/cli/read-content.mjs, a process of
 * its own: the current content and each older version, every page compiled on every core, into
 * `.out-site/`; a version unchanged since the last build is not read but copied from it), has Next
 * render each page from it into a fresh folder, makes those static pages (static-pages.mjs), and
 * swaps the folder into out/ only when it is whole, so a failed build never leaves a half-written
 * out/. `--full` reuses nothing.
 *
 * CONTENT_DIR may point anywhere. A `public/` folder in the content (an imported site's images, its
 * old-URL redirect pages) is copied into the export over the portal's own public files; a version's
 * own `public/` into its folder. BASE_PATH=/docs builds the site for that path (site.json: basePath).
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { contentDir } from '../content/site-settings.mjs'
import { treeFolder } from '../content/built-site.mjs'
import { ownPublic } from '../content/tree-files.mjs'
import { PORTAL_DIR } from './page-files.mjs'
import { bundleIslands } from './islands-bundle.mjs'
import { makeStaticPages } from './static-pages.mjs'
import { READ_FILE } from './read-trees.mjs'
import { copyReused, recordBuild } from './reuse-trees.mjs'
import { writeHostFiles } from './host-files.mjs'
import { unionOf } from './security-policy.mjs'

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
/** Moves a folder's files into another, over what is there: the site folder is made anew by every build, so they need no copy. */
function moveInto(from, into) {
  fs.mkdirSync(into, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(into, entry.name)
    if (entry.isDirectory() && fs.existsSync(target)) moveInto(source, target)
    else fs.renameSync(source, target)
  }
}
const names = (list) => list.map(({ tree }) => (tree.name ? tree.name : `${tree.label} (current)`)).join(', ')

// Reading the site is a process of its own, so its memory is given back before Next starts.
const reading = spawnSync(process.execPath, [fileURLToPath(new URL('./read-content.mjs', import.meta.url)), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: content, PORTAL_SITE_DIR: siteDir, PORTAL_LAST_OUT: out, PORTAL_WORK: work },
})
if (reading.status !== 0) {
  console.error(`Build stopped before it began; ${previousOut()}.`)
  process.exit(1)
}
const { basePath, contentPages, built, reused } = JSON.parse(fs.readFileSync(path.join(siteDir, READ_FILE), 'utf8'))
const pageCount = built.reduce((n, { slugs }) => n + slugs.length, 0)
console.log(`Read ${pageCount} page${pageCount === 1 ? '' : 's'} in ${took()}: ${names(built)}${reused.length ? `; reused from the last build: ${names(reused)}` : ''}.`)

fs.rmSync(next, { recursive: true, force: true })
const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, PORTAL_SITE_DIR: siteDir, PORTAL_DIST_DIR: path.relative(root, next), PORTAL_BASE_PATH: basePath, NEXT_TELEMETRY_DISABLED: '1' },
})
if (build.status !== 0) {
  fs.rmSync(next, { recursive: true, force: true })
  console.error(`Build failed; ${previousOut()}.`)
  process.exit(1)
}
// Each tree's files beside its pages: search files, Markdown pages, llms.txt, the nav file, its own public/.
for (const { tree } of built) {
  const into = path.join(next, ...tree.segments)
  // The current content's public/ is the site's, at the base path; a version's and a translation's under their prefix.
  const folders = tree.current && tree.translates == null ? [path.join(tree.dir, 'public')] : ownPublic(tree)
  for (const folder of folders.filter((dir) => fs.existsSync(dir))) fs.cpSync(folder, into, { recursive: true })
  moveInto(path.join(siteDir, treeFolder(tree.name), 'public'), into)
}
const portal = `${basePath}/${PORTAL_DIR}/`
const islands = await bundleIslands(root, path.join(next, PORTAL_DIR))
const folders = built.filter(({ tree }) => tree.segments.length).map(({ tree }) => path.join(...tree.segments))
const { pages, hashes } = makeStaticPages(next, { entry: portal + islands.entry, preload: islands.preload.map((file) => portal + file) }, { trees: folders })
// A reused version is its folder of the last export, as it was (its pages carry their policies), but
// for the folders of its translations that were built again (`1.x/ko` in `1.x`).
const carried = reused.reduce((n, { tree }) => n + copyReused(out, next, tree.segments, basePath, folders), 0)
if (carried) console.log(`Kept ${carried} script and style file${carried === 1 ? '' : 's'} of the last build that reused versions name.`)
const record = { basePath, hashes: unionOf([...hashes.values(), ...reused.map(({ last }) => last.hashes)]), trees: {} }
for (const { tree, slugs, key } of built) if (key) record.trees[tree.name] = { key, slugs, hashes: hashes.get(path.join(...tree.segments)) }
for (const { tree, last } of reused) record.trees[tree.name] = last
writeHostFiles(next, { basePath, hashes: record.hashes })
recordBuild(next, record)
const old = `${out}.old`
fs.rmSync(old, { recursive: true, force: true })
if (fs.existsSync(out)) fs.renameSync(out, old)
fs.renameSync(next, out)
fs.rmSync(old, { recursive: true, force: true })
// The stamp names the content folder too, so `npm start` rebuilds when CONTENT_DIR changes.
fs.writeFileSync(path.join(out, '.build-stamp'), `${new Date().toISOString()}\n${content}\n`)
console.log(`Built ${pages} pages (${contentPages} of content${pageCount > contentPages ? `, ${pageCount - contentPages} of older versions` : ''}) into ${path.relative(root, out) || '.'}/${basePath ? ` for ${basePath}/` : ''} in ${took()}.`)
