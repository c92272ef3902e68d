/**
 * How long an author waits with a preview server (`npm run dev`, `astro dev`): from the command
 * until a page shows its heading, then from a save of that page until the page shows the change.
 * The server runs in its own process group, stopped whole at the end.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function pageText(url) {
  try {
    const response = await fetch(url)
    return response.ok ? await response.text() : ''
  } catch {
    return ''
  }
}

async function until(check, timeoutMs) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (await check()) return true
    await sleep(100)
  }
  return false
}

/**
 * @param {{ command: string[], cwd: string, env?: Record<string, string>, port: number, file: string, page: string, timeoutMs?: number }} options
 *   file: the page's source, edited and put back; page: its address
 * @returns {Promise<{ firstPageMs: number | null, saveMs: number | null }>} null: not within the timeout
 */
export async function timeDevServer({ command, cwd, env = {}, port, file, page, timeoutMs = 300_000 }) {
  const url = `http://127.0.0.1:${port}${page}`
  const original = fs.readFileSync(file, 'utf8')
  const started = Date.now()
  const server = spawn(command[0], command.slice(1), { cwd, env: { ...process.env, ...env }, detached: true, stdio: 'ignore' })
  try {
    const shown = await until(async () => /<h1[\s>]/.test(await pageText(url)), timeoutMs)
    const firstPageMs = shown ? Date.now() - started : null
    if (!shown) return { firstPageMs, saveMs: null }
    const mark = `Edited ${Date.now()}`
    const saved = Date.now()
    fs.writeFileSync(file, original.replace(/\n\n/, `\n\n${mark}\n\n`))
    const changed = await until(async () => (await pageText(url)).includes(mark), 60_000)
    return { firstPageMs, saveMs: changed ? Date.now() - saved : null }
  } finally {
    fs.writeFileSync(file, original)
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {}
    await sleep(500)
  }
}
