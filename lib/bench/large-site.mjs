/**
 * Large sites: the same generated API reference (lib/bench/generated-site.mjs) of 1,000 and 10,000
 * pages built by the portal and by Starlight (lib/bench/starlight-site.mjs), one after the other on
 * this machine. For each: build time and the peak memory of all the build's processes, the output's
 * bytes (each side's first build with no cache of its own, as on a fresh machine or CI runner, and,
 * where the two are compared, its time again with the cache that build left, as an author's next
 * build: the portal's compiled pages, Astro's content data store), one page's gzipped HTML (and the same page in a ten-page site), and what a reader downloads
 * opening that page, waiting and scrolling the sidebar (lib/bench/reader-bytes.mjs). Then the author's
 * side at 1,000 pages: `npm run dev` against `astro dev`, until the first page shows and from a save
 * until it shows.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { writeGeneratedSite } from './generated-site.mjs'
import { installStarlight, writeStarlightSite } from './starlight-site.mjs'
import { measuredRun } from './process-tree.mjs'
import { readerBytes } from './reader-bytes.mjs'
import { serveExport } from './static-server.mjs'
import { timeDevServer } from './dev-server-time.mjs'
import { progress } from './progress.mjs'
import { portalCache } from '../content/page-cache.mjs'

// The page every figure is read from: the same text at every size.
const PAGE = 'resource-5'

function bytesUnder(dir) {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return total
}

const gzipOf = (file) => zlib.gzipSync(fs.readFileSync(file)).length

async function readerOf(dir, port, sidebar) {
  const site = await serveExport(dir, port)
  try {
    return await readerBytes({ url: `${site.origin}/${PAGE}/`, sidebar })
  } finally {
    site.stop()
  }
}

/**
 * The portal: a build of `content` from a clean page cache (as on a fresh machine), then its
 * figures; with `again`, the same build once more with the cache the first one left (as an
 * author's next build), its time as `againMs`.
 */
async function portalBuild(root, content, { port, reader = true, again = false }) {
  const out = path.join(root, '.out-bench-large')
  fs.rmSync(portalCache(root, 'pages'), { recursive: true, force: true })
  const build = () => measuredRun(process.execPath, [path.join(root, 'lib/cli/build.mjs')], { cwd: root, env: { ...process.env, CONTENT_DIR: content, PORTAL_OUT: out } })
  const run = await build()
  if (run.status !== 0) throw new Error(`the portal's build failed: ${run.output.split('\n').slice(-6).join(' / ')}`)
  const figures = { ms: Math.round(run.ms), peakMB: run.peakBytes && Math.round(run.peakBytes / 2 ** 20), outputBytes: bytesUnder(out), pageHtmlGzip: gzipOf(path.join(out, PAGE, 'index.html')) }
  if (reader) figures.reader = await readerOf(out, port, '#sidebar')
  if (again) figures.againMs = Math.round((await build()).ms)
  fs.rmSync(out, { recursive: true, force: true })
  return figures
}

// Where Astro keeps what it read of the content between builds (its content layer's data store).
const ASTRO_CACHES = ['node_modules/.astro', '.astro']

/**
 * Starlight: `astro build` of the same pages with no cache of Astro's (as the portal's first
 * build), then its figures, and the same build again with the cache it left (`againMs`).
 */
async function starlightBuild(project, content, { port }) {
  writeStarlightSite(content, project)
  for (const cache of ASTRO_CACHES) fs.rmSync(path.join(project, cache), { recursive: true, force: true })
  const build = () => measuredRun(process.execPath, [path.join(project, 'node_modules/astro/astro.js'), 'build'], { cwd: project, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } })
  const run = await build()
  if (run.status !== 0) throw new Error(`Starlight's build failed: ${run.output.split('\n').slice(-6).join(' / ')}`)
  const dist = path.join(project, 'dist')
  const figures = {
    ms: Math.round(run.ms),
    peakMB: run.peakBytes && Math.round(run.peakBytes / 2 ** 20),
    outputBytes: bytesUnder(dist),
    pageHtmlGzip: gzipOf(path.join(dist, PAGE, 'index.html')),
    reader: await readerOf(dist, port, '.sidebar-pane'),
  }
  fs.rmSync(dist, { recursive: true, force: true })
  figures.againMs = Math.round((await build()).ms)
  return figures
}

/**
 * @param {{ sizes?: number[], starlightSizes?: number[], devAt?: number | null, root?: string, ports?: number[] }} options
 */
export async function measureLargeSites({ sizes = [1000, 10000], starlightSizes = [1000], devAt = 1000, root = process.cwd(), ports = [4951, 4952, 4953] } = {}) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-large-'))
  const project = path.join(root, '.out-bench-starlight')
  const results = { page: PAGE, sites: [] }
  try {
    const small = writeGeneratedSite(path.join(work, 'pages-10'), 10)
    progress('large sites: the ten-page site (the page weight every size is compared with)')
    results.tenPages = await portalBuild(root, small, { port: ports[0], reader: false })
    let starlightReady = false
    for (const size of sizes) {
      const content = writeGeneratedSite(path.join(work, `pages-${size}`), size)
      progress(`large sites: the portal builds ${size} pages`)
      const portal = await portalBuild(root, content, { port: ports[0], again: starlightSizes.includes(size) })
      let starlight = null
      if (starlightSizes.includes(size)) {
        if (!starlightReady) progress('large sites: installing the pinned Starlight (lib/bench/starlight/)')
        starlightReady ||= Boolean(installStarlight(project))
        progress(`large sites: Starlight builds ${size} pages`)
        starlight = await starlightBuild(project, content, { port: ports[1] })
      }
      results.sites.push({ pages: size, portal, starlight })
      if (size === devAt) {
        progress(`large sites: npm run dev and astro dev on ${size} pages`)
        results.dev = {
          pages: size,
          portal: await timeDevServer({ command: [process.execPath, path.join(root, 'lib/cli/dev.mjs')], cwd: root, env: { CONTENT_DIR: content, PORT: String(ports[2]) }, port: ports[2], file: path.join(content, `${PAGE}.mdx`), page: `/${PAGE}/` }),
          starlight: starlightReady ? await timeDevServer({ command: [process.execPath, path.join(project, 'node_modules/astro/astro.js'), 'dev', '--port', String(ports[2])], cwd: project, env: { ASTRO_TELEMETRY_DISABLED: '1' }, port: ports[2], file: path.join(project, 'src/content/docs', `${PAGE}.md`), page: `/${PAGE}/` }) : null,
        }
      }
      fs.rmSync(content, { recursive: true, force: true })
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
    fs.rmSync(path.join(project, 'dist'), { recursive: true, force: true })
  }
  return results
}
