#!/usr/bin/env node
/**
 * The build's first step, in a process of its own: reads and checks the whole site
 * (lib/content/read-site.mjs: every page compiled on every core) into the build's site folder
 * (PORTAL_SITE_DIR), with the files written beside the pages (lib/cli/page-files.mjs). It exits
 * before Next starts, so what it held (every page's search records, the search index being
 * made: 1.2 GB at 10,000 pages) is given back instead of kept while Next renders.
 * Exits 1 with `file:line:column` lines when the content is wrong.
 */
import fs from 'node:fs'
import path from 'node:path'
import { readSite } from '../content/read-site.mjs'
import { contentWithReference } from '../openapi/content-with-reference.mjs'
import { reportUnreadable } from './check-content.mjs'
import { pageCache, portalCache } from '../content/page-cache.mjs'
import { contentDir } from '../content/site-settings.mjs'
import { writePageFiles } from './page-files.mjs'

const root = process.cwd()
const siteDir = /** @type {string} */ (process.env.PORTAL_SITE_DIR)
const copyName = process.env.PORTAL_CONTENT_COPY || '.out-content'

async function readContent() {
  try {
    fs.rmSync(siteDir, { recursive: true, force: true })
    // With an OpenAPI spec named in site.json, the reference pages are made from it now, into a copy.
    const prepared = await contentWithReference(root, contentDir(), copyName)
    const { errors, warnings, site } = await readSite({ dir: prepared.dir, out: siteDir, cache: pageCache(portalCache(root, 'pages')) })
    for (const line of [...errors, ...prepared.warnings, ...warnings]) console.error(line)
    if (errors.length) console.error(`${errors.length} content error${errors.length > 1 ? 's' : ''}: fix ${errors.length > 1 ? 'them' : 'it'} and build again.`)
    if (site) await writePageFiles(siteDir, site)
    return site
  } catch (error) {
    // A spec or settings file the author must fix, or a bug of ours: lines, never a stack trace.
    reportUnreadable(error)
  }
}

const site = await readContent()
if (!site) {
  fs.rmSync(siteDir, { recursive: true, force: true })
  process.exit(1)
}
console.log(`Read ${site.pages.length} page${site.pages.length === 1 ? '' : 's'} into ${path.relative(root, siteDir)}/.`)
