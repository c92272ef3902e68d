/**
 * Turns Next's export into the portal's static pages. Every link is a plain link (a whole static
 * page loads as fast as a client-side navigation would, and nothing is prefetched), so what Next
 * writes for its client router is never fetched: its runtime scripts, the page's RSC payload
 * inlined as `self.__next_f` scripts, and the RSC files beside each page (`index.txt`,
 * `__next.*.txt`). They are removed, and each page loads the islands' script instead
 * (islands-bundle.mjs), which hydrates only the interactive pieces. What the page shows is
 * untouched: the HTML is React's server render. Every HTML file of the export, a content folder's
 * own pages too, then gets its Content-Security-Policy (security-policy.mjs).
 */
import fs from 'node:fs'
import path from 'node:path'
import { unionOf, withPolicyMeta } from './security-policy.mjs'

// Next's RSC payload files, one set per route.
const RSC_FILE = /^(index\.txt|__next\..*\.txt)$/
// Next's scripts (under any base path): its chunks, its bootstrap (`id="_R_"`) and the inline flight data.
const NEXT_SCRIPT = /<script\b[^>]*\bsrc="[^"]*\/_next\/[^"]*"[^>]*><\/script>|<script\b[^>]*\bid="_R_"[^>]*>[\s\S]*?<\/script>|<script>\s*\(?self\.__next_f[\s\S]*?<\/script>/g
const NEXT_PRELOAD = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\bas="script"[^>]*\brel="preload"[^>]*\/?>/g

/** @param {string} html @param {{ entry: string, preload: string[] }} islands URLs of the script and the modules it imports at once */
export function staticPage(html, islands) {
  const tags = [
    ...islands.preload.map((href) => `<link rel="modulepreload" href="${href}"/>`),
    `<script type="module" src="${islands.entry}"></script>`,
  ].join('')
  return html.replace(NEXT_SCRIPT, '').replace(NEXT_PRELOAD, '').replace('</head>', `${tags}</head>`)
}

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(full)
    else yield full
  }
}

// A page Next rendered (a content folder's own HTML files are left as their authors wrote them).
const NEXT_PAGE = /<link\b[^>]*\bdata-precedence="next"/

/**
 * Rewrites every page of the export in `outDir` and removes Next's client files.
 * @param {string} outDir @param {{ entry: string, preload: string[] }} islands
 * @param {{ trees?: string[] }} [options] trees: the export's folders of the content trees (`1.x`), for the hashes per tree
 * @returns {{ pages: number, removed: number, hashes: Map<string, { scripts: string[], styles: string[] }> }}
 *   hashes: the inline scripts' and styles' hashes of the pages of each tree ('' for the rest)
 */
export function makeStaticPages(outDir, islands, { trees = [] } = {}) {
  // Next's copy of the 404 page: the host serves 404.html.
  fs.rmSync(path.join(outDir, '_not-found'), { recursive: true, force: true })
  let pages = 0
  let removed = 0
  const found = new Map()
  const treeOf = (file) => trees.find((tree) => file.startsWith(path.join(outDir, tree) + path.sep)) ?? ''
  for (const file of walk(outDir)) {
    const name = path.basename(file)
    if (name.endsWith('.html')) {
      const html = fs.readFileSync(file, 'utf8')
      const page = withPolicyMeta(NEXT_PAGE.test(html) ? staticPage(html, islands) : html)
      fs.writeFileSync(file, page.html)
      const tree = treeOf(file)
      if (!found.has(tree)) found.set(tree, [])
      found.get(tree).push(page.hashes)
      pages++
    } else if (RSC_FILE.test(name) || (file.includes(`${path.sep}_next${path.sep}`) && name.endsWith('.js'))) {
      fs.rmSync(file)
      removed++
    }
  }
  // The build's manifests for Next's client router, never fetched either.
  for (const entry of fs.readdirSync(path.join(outDir, '_next', 'static'), { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'chunks' && entry.name !== 'media') fs.rmSync(path.join(outDir, '_next', 'static', entry.name), { recursive: true })
  }
  return { pages, removed, hashes: new Map([...found].map(([tree, list]) => [tree, unionOf(list)])) }
}
