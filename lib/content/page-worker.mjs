/**
 * A worker of the page pool (page-pool.mjs): reads the pages it is handed with `readPage`, one at a
 * time, and sends back what was read. The site's settings come once, when it starts.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { readPage } from './read-page.mjs'

parentPort.on('message', async ({ id, page }) => {
  try {
    parentPort.postMessage({ id, result: await readPage(page, workerData) })
  } catch (error) {
    parentPort.postMessage({ id, failure: String(error?.stack ?? error) })
  }
})
