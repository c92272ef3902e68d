/**
 * Runs a command and measures what it cost: wall time and the peak memory of its whole process
 * tree (next build forks workers), the sum of every process's resident memory read from /proc
 * every 100 ms. Outside Linux the peak is left null: the time still counts.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'

/** Resident bytes of `pid` and all its descendants, from /proc. */
function treeRss(pid) {
  let children = {}
  try {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      ;(children[parent] ??= []).push(Number(entry))
    }
  } catch {
    children = {}
  }
  let total = 0
  const visit = (id) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${id}/status`, 'utf8'))
      total += rss ? Number(rss[1]) * 1024 : 0
    } catch {}
    for (const child of children[id] ?? []) visit(child)
  }
  visit(pid)
  return total
}

/**
 * @param {string} command @param {string[]} args @param {import('node:child_process').SpawnOptions} [options]
 * @returns {Promise<{ status: number | null, ms: number, peakBytes: number | null, output: string }>}
 */
export function measuredRun(command, args, options = {}) {
  const start = process.hrtime.bigint()
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const linux = fs.existsSync('/proc/self/status')
  let peak = 0
  const timer = linux ? setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 100) : undefined
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(timer)
      resolve({ status, ms: Number(process.hrtime.bigint() - start) / 1e6, peakBytes: linux ? peak : null, output })
    })
  })
}
