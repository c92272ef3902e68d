/**
 * The preview's search side (search files, llms.txt) written in a thread of its own: indexing a
 * thousand pages takes a second or two, and in `npm run dev`'s own thread it held up the server in
 * front of `next dev`, so the page a save changed waited behind the search index it did not need.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { writeSearchSide } from './page-files.mjs'

/** Writes the search side of `site` into `siteDir` off this thread; resolves when it is written. */
export function writeSearchSideApart(siteDir, site, manifest) {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { siteDir, site, manifest } })
    worker.once('message', (message) => (message.error ? fail(new Error(message.error)) : done()))
    worker.once('error', fail)
  })
}

if (!isMainThread && workerData?.siteDir) {
  writeSearchSide(workerData.siteDir, workerData.site, workerData.manifest).then(
    () => parentPort?.postMessage({}),
    (error) => parentPort?.postMessage({ error: String(error?.message ?? error) }),
  )
}
