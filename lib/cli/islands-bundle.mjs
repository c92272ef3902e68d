/**
 * The one script an exported page loads: components/hydrate-islands.tsx and the islands it names,
 * bundled by esbuild, minified, split so the search dialog and its engine come only when search is
 * opened. The islands are React components, rendered on the server by React; in the browser they
 * run on Preact's React-compatible runtime (`preact/compat`): measured on a 1,000-page site, a
 * reader's first visit was 91.8 KB with React DOM (57 KB of it React DOM alone) against Starlight's
 * 71 KB, and the budget is 1.2x. Hydration keeps to the server's HTML through components/use-store.ts. Next's own client runtime (its router, the page's RSC payload) is not
 * used by a static site whose links are plain links, so the export drops it (static-pages.mjs).
 */
import path from 'node:path'
import { build } from 'esbuild'

/**
 * @param {string} root the project
 * @param {string} outDir where the files go (the export's `_portal/`)
 * @returns {Promise<{ entry: string, preload: string[] }>} entry: the file each page loads; preload: the
 *   files it imports at once (named in each page, so they load alongside it, not after it)
 */
export async function bundleIslands(root, outDir) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'components', 'hydrate-islands.tsx')],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    // FlexSearch names Node's worker_threads only for its worker mode, which the portal never uses;
    // bundled (as an empty module), it became a chunk of its own that the search chunk imports: one
    // more round trip after the key press (150 ms on slow 4G) and about 1 KB of headers per query.
    external: ['worker_threads'],
    entryNames: 'islands-[hash]',
    chunkNames: 'chunk-[hash]',
    outdir: outDir,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  })
  const outputs = result.metafile.outputs
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint)
  const preload = new Set()
  const follow = (file) => {
    for (const { path: imported, kind } of outputs[file].imports) {
      if (kind !== 'import-statement' || preload.has(imported)) continue
      preload.add(imported)
      follow(imported)
    }
  }
  follow(entry)
  return { entry: path.basename(entry), preload: [...preload].map((file) => path.basename(file)) }
}
