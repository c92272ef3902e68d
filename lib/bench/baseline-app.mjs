/**
 * The baseline for first-load JavaScript: an empty App Router page built with this repo's own next
 * and react, so the portal's figure is reported as a difference from what Next itself costs.
 * The temp app borrows this repo's node_modules through a symlink (no install, no network); Turbopack
 * then needs its root at `/`, since the symlink points outside the temp folder.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { timedNextBuild } from './build-cost.mjs'

const FILES = {
  'package.json': JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }),
  'next.config.mjs': "export default { output: 'export', trailingSlash: true, distDir: 'out', poweredByHeader: false, turbopack: { root: '/' } }\n",
  // Plain JSX, so the baseline pays nothing for TypeScript and measures Next alone.
  'app/layout.jsx': 'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>\n}\n',
  'app/page.jsx': 'export default function Page() {\n  return <main>Empty</main>\n}\n',
}

/**
 * Builds the empty app in a fresh temp folder.
 * @returns {Promise<{ dir: string, outDir: string, ms: number, cleanup: () => void }>}
 */
export async function buildBaselineApp(root = process.cwd()) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evnex-bench-baseline-'))
  for (const [name, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  const { ms } = await timedNextBuild({ cwd: dir, nextBin: path.join(root, 'node_modules/next/dist/bin/next') })
  return { dir, outDir: path.join(dir, 'out'), ms, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
