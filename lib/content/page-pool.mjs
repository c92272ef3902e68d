/**
 * Reads many pages at once on every core: a few worker threads (page-worker.mjs), each with its
 * own compiler, handed pages as they finish the last. A small site is read in this thread, where
 * starting workers would cost more than they save.
 */
import os from 'node:os'
import { Worker } from 'node:worker_threads'
import { readPage } from './read-page.mjs'

// Below this many pages one thread is faster than starting workers (each loads the compiler, ~0.4 s).
const IN_THREAD_MAX = 40

/**
 * @param {{ slug: string, href: string, file: string }[]} pages
 * @param {{ settings: any, publicDirs: string[], onRendered?: Function }} site
 * @param {(page: { slug: string }, result: any) => void} onRead  hears each page as it is read
 */
export async function readPages(pages, site, onRead) {
  const threads = Math.min(os.availableParallelism(), Math.ceil(pages.length / IN_THREAD_MAX))
  if (threads <= 1 || site.onRendered) {
    for (const page of pages) onRead(page, await readPage(page, site))
    return
  }
  const queue = [...pages.entries()]
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./page-worker.mjs', import.meta.url), { workerData: { settings: site.settings, publicDirs: site.publicDirs } }))
  try {
    await Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
      const next = () => {
        const item = queue.shift()
        if (!item) return resolve(undefined)
        worker.postMessage({ id: item[0], page: item[1] })
      }
      worker.on('message', ({ id, result, failure }) => {
        if (failure) return reject(new Error(`reading ${pages[id].file} failed: ${failure}`))
        onRead(pages[id], result)
        next()
      })
      worker.on('error', reject)
      next()
    })))
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
