/**
 * Build cost: the wall time of a clean `next build` (no .next cache), which is what an author or CI
 * waits for after a fresh checkout. The build's own output goes to a log file, not the terminal.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { exportRoutes } from './page-weight.mjs'
import { buildableContent } from '../content/content-folder.mjs'

/**
 * Runs `next build` in `cwd` and times it.
 * @param {{ cwd: string, nextBin: string, env?: Record<string, string>, log?: string }} options
 * @returns {Promise<{ ms: number }>}
 */
export function timedNextBuild({ cwd, nextBin, env = {}, log }) {
  fs.rmSync(path.join(cwd, '.next'), { recursive: true, force: true })
  const logFile = log ?? path.join(cwd, '.next-build.log')
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const out = fs.openSync(logFile, 'w')
  const start = process.hrtime.bigint()
  const child = spawn(process.execPath, [nextBin, 'build'], {
    cwd,
    stdio: ['ignore', out, out],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6
      fs.closeSync(out)
      if (code === 0) return resolve({ ms })
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n')
      reject(new Error(`next build in ${cwd} failed (exit ${code}); the end of ${logFile}:\n${tail}`))
    })
  })
}

/**
 * Builds the portal from a content folder into `.out-bench-<name>` (beside out/, which it leaves
 * alone) and returns the wall time and the per-page figure.
 * @returns {Promise<{ name: string, ms: number, pages: number, msPerPage: number, outDir: string }>}
 */
export async function buildPortal({ root = process.cwd(), name, contentDir, log }) {
  const distName = `.out-bench-${name}`
  const outDir = path.join(root, distName)
  fs.rmSync(outDir, { recursive: true, force: true })
  const inProject = contentDir && buildableContent(root, path.resolve(root, contentDir), `.out-bench-content-${name}`)
  const env = { PORTAL_DIST_DIR: distName, ...(inProject ? { CONTENT_DIR: inProject } : {}) }
  const { ms } = await timedNextBuild({ cwd: root, nextBin: path.join(root, 'node_modules/next/dist/bin/next'), env, log })
  const pages = exportRoutes(outDir).length
  // npm run build writes the search file after next build; so does the bench, timed apart.
  const { loadSite } = await import('../content/load-site.mjs')
  const { writeSearchFiles } = await import('../search/write-search-file.mjs')
  const start = process.hrtime.bigint()
  await writeSearchFiles(outDir, await loadSite(path.resolve(root, contentDir ?? 'content')))
  const searchMs = Number(process.hrtime.bigint() - start) / 1e6
  return { name, ms, pages, msPerPage: ms / Math.max(1, pages), searchMs, outDir }
}
