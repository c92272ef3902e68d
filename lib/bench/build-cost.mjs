/**
 * Build cost: the wall time of a clean build (no .next folder, no page cache), which is what an
 * author or CI waits for after a fresh checkout. The build's own output goes to a log file, not the terminal.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { portalCache } from '../content/page-cache.mjs'
import { exportRoutes } from './page-weight.mjs'

/**
 * Runs a Node script in `cwd` and times it, its output to a log file.
 * @param {{ cwd: string, args: string[], env?: Record<string, string>, log: string }} options
 * @returns {Promise<{ ms: number }>}
 */
function timedRun({ cwd, args, env = {}, log }) {
  fs.mkdirSync(path.dirname(log), { recursive: true })
  const out = fs.openSync(log, 'w')
  const start = process.hrtime.bigint()
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', out, out], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6
      fs.closeSync(out)
      if (code === 0) return resolve({ ms })
      const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-15).join('\n')
      reject(new Error(`${path.basename(args[0])} ${args.slice(1).join(' ')} in ${cwd} failed (exit ${code}); the end of ${log}:\n${tail}`))
    })
  })
}

/**
 * Runs `next build` in `cwd` (a plain Next app: the baseline) and times it, from a clean .next.
 * @param {{ cwd: string, nextBin: string, env?: Record<string, string>, log?: string }} options
 * @returns {Promise<{ ms: number }>}
 */
export function timedNextBuild({ cwd, nextBin, env = {}, log }) {
  fs.rmSync(path.join(cwd, '.next'), { recursive: true, force: true })
  return timedRun({ cwd, args: [nextBin, 'build'], env, log: log ?? path.join(cwd, '.next-build.log') })
}

/**
 * Builds the portal from a content folder into `.out-bench-<name>` (beside out/, which it leaves
 * alone) with `npm run build`'s own script (the site read once, Next's render, static pages and
 * islands: `next build` alone no longer makes a site), and returns the wall time and the per-page figure.
 * @returns {Promise<{ name: string, ms: number, pages: number, msPerPage: number, outDir: string }>}
 */
export async function buildPortal({ root = process.cwd(), name, contentDir, log }) {
  const outDir = path.join(root, `.out-bench-${name}`)
  fs.rmSync(outDir, { recursive: true, force: true })
  fs.rmSync(portalCache(root, 'pages'), { recursive: true, force: true })
  const env = { PORTAL_OUT: outDir, ...(contentDir ? { CONTENT_DIR: path.resolve(root, contentDir) } : {}) }
  const { ms } = await timedRun({ cwd: root, args: [path.join(root, 'lib/cli/build.mjs')], env, log: log ?? path.join(root, `.out-bench-${name}.log`) })
  const pages = exportRoutes(outDir).length
  // The search files' share of it, timed apart: the build writes them among its other files.
  const { loadSite } = await import('../content/load-site.mjs')
  const { writeSearchFiles } = await import('../search/write-search-file.mjs')
  const start = process.hrtime.bigint()
  await writeSearchFiles(outDir, await loadSite(path.resolve(root, contentDir ?? 'content')))
  const searchMs = Number(process.hrtime.bigint() - start) / 1e6
  return { name, ms, pages, msPerPage: ms / Math.max(1, pages), searchMs, outDir }
}
