#!/usr/bin/env node
/**
 * The build's first step, in a process of its own: reads and checks every content tree once
 * (read-trees.mjs: the current content and each older version, every page compiled on every core)
 * into the build's site folder (PORTAL_SITE_DIR), with the files written beside the pages
 * (page-files.mjs), and what the rest of the build needs to know in READ_FILE. It exits before Next
 * starts, so what it held (every page's search records, the search index being made: 1.2 GB at
 * 10,000 pages) is given back instead of kept while Next renders.
 * Exits 1 with `file:line:column` lines when the content is wrong. `--full` reuses no version.
 */
import fs from 'node:fs'
import path from 'node:path'
import { reportUnreadable } from './check-content.mjs'
import { pageCache, portalCache } from '../content/page-cache.mjs'
import { contentDir } from '../content/site-settings.mjs'
import { TREES_FILE, treeFolder } from '../content/built-site.mjs'
import { writePageFiles } from './page-files.mjs'
import { READ_FILE, readTrees } from './read-trees.mjs'

const root = process.cwd()
const siteDir = /** @type {string} */ (process.env.PORTAL_SITE_DIR)

async function readContent() {
  try {
    fs.rmSync(siteDir, { recursive: true, force: true })
    const cache = pageCache(portalCache(root, 'pages'))
    const out = /** @type {string} */ (process.env.PORTAL_LAST_OUT)
    const read = await readTrees({ root, content: contentDir(), siteDir, out, work: process.env.PORTAL_WORK ?? '', cache, full: process.argv.includes('--full') })
    for (const line of [...read.errors, ...read.warnings]) console.error(line)
    const { length } = read.errors
    if (length) console.error(`${length} content error${length > 1 ? 's' : ''}: fix ${length > 1 ? 'them' : 'it'} and build again.`)
    return length ? undefined : read
  } catch (error) {
    // A spec or settings file the author must fix, or a bug of ours: lines, never a stack trace.
    reportUnreadable(error)
  }
}

const read = await readContent()
if (!read) {
  fs.rmSync(siteDir, { recursive: true, force: true })
  process.exit(1)
}
const { basePath, built, reused } = read
let contentPages = 0
for (const { tree, site, info } of built) {
  const manifest = await writePageFiles(path.join(siteDir, treeFolder(tree.name)), site, info)
  if (tree.current) contentPages = manifest.order.length
}
fs.writeFileSync(path.join(siteDir, TREES_FILE), JSON.stringify(built.map(({ tree }) => ({ name: tree.name, segments: tree.segments }))))
const tell = {
  basePath,
  contentPages,
  built: built.map(({ tree, site, key }) => ({ tree, key, slugs: site.pages.map((page) => page.slug) })),
  reused,
}
fs.writeFileSync(path.join(siteDir, READ_FILE), JSON.stringify(tell))
