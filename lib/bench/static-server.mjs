/**
 * Serves an export the way `npm start` does (lib/cli/serve-site.mjs: lib/cli/serve.json's headers,
 * gzip on), on a port of the bench's own, for Lighthouse to load.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

async function waitFor(url, child, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the static server exited early (code ${child.exitCode})`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`the static server did not answer ${url} within ${timeoutMs} ms`)
}

/**
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export async function serveExport(outDir, port, root = process.cwd(), config) {
  const child = spawn(process.execPath, [path.join(root, 'lib/cli/serve-site.mjs'), outDir, String(port), '127.0.0.1', ...(config ? [config] : [])], { stdio: 'ignore' })
  const origin = `http://127.0.0.1:${port}`
  try {
    await waitFor(`${origin}/`, child)
  } catch (error) {
    child.kill()
    throw error
  }
  return { origin, stop: () => child.kill() }
}
