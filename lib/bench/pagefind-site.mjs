/**
 * The Pagefind baseline: exactly the portal's search records indexed by Pagefind 1.6 through its
 * Node API (one custom record per section, the heading as its title, prose and code as content),
 * written beside a blank page whose `runSearch(query)` does what Pagefind's own UI does before it
 * shows a result: load pagefind.js, search, then load the first result's fragment. It runs in
 * Pagefind's main-thread mode (`noWorker`), so all its requests are the page's, throttled and
 * counted like the portal's (its worker script, not fetched then, is not counted).
 */
import fs from 'node:fs'
import path from 'node:path'

const PAGE = `<!doctype html><meta charset="utf-8"><title>Pagefind</title>
<script type="module">
let pagefind
window.runSearch = async (query) => {
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js')
    // Pagefind's own main-thread mode: a worker's requests would escape the page's throttling.
    await pagefind.options({ noWorker: true })
  }
  const { results } = await pagefind.search(query)
  const first = results[0] ? await results[0].data() : null
  return { count: results.length, url: first?.url ?? null }
}
</script>`

/**
 * @param {{ href: string, anchor: string, path: string[], text: string, code: string }[]} records
 * @param {string} dir an empty folder: the site to serve
 */
export async function writePagefindSite(records, dir) {
  const pagefind = await import('pagefind')
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' })
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
  for (const record of records) {
    const url = record.anchor ? `${record.href}#${record.anchor}` : record.href
    const added = await index.addCustomRecord({ url, content: `${record.text} ${record.code}`, language: 'en', meta: { title: record.path.at(-1) ?? '' } })
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`)
  }
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') })
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
  fs.writeFileSync(path.join(dir, 'index.html'), PAGE)
  // Pagefind compiles WebAssembly, which the portal's Content-Security-Policy does not allow.
  fs.writeFileSync(path.join(dir, 'serve.json'), JSON.stringify({ cleanUrls: true }))
  await pagefind.close()
  return dir
}
