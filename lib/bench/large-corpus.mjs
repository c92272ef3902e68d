/**
 * The large corpus for the build-cost figure: WooCommerce's Slate docs from ../shared/corpus,
 * imported with the portal's own importer (`npm run import:slate`). When either is missing the
 * step is skipped with a reason instead of guessing at another source.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sourcePages } from '../slate-import/source-pages.mjs'

export const CORPUS_ROOT = process.env.BENCH_CORPUS_DIR || path.resolve('..', 'shared', 'corpus')
const WOO = 'woocommerce__woocommerce-rest-api-docs'

/** Lines of Markdown under a folder: the size the issue names the corpus by. */
function countLines(dir) {
  let lines = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) {
      lines += fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8').split('\n').length
    }
  }
  return lines
}

/** True when this checkout has the Slate importer. */
export function hasImporter(root = process.cwd()) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  return Boolean(pkg.scripts?.['import:slate'])
}

/**
 * Imports Slate source pages (index.html.md first) into a fresh temp content folder.
 * @param {string[]} sources
 * @returns {{ dir: string } | { skipped: string }}
 */
export function importSlate(sources, root = process.cwd()) {
  if (!hasImporter(root)) return { skipped: 'the Slate importer (npm run import:slate, issue 5) is not on this branch yet' }
  if (!sources.length) return { skipped: 'no Slate pages found' }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evnex-bench-import-'))
  const run = spawnSync('npm', ['run', '--silent', 'import:slate', '--', ...sources, '--out', dir], { cwd: root, encoding: 'utf8' })
  if (run.status !== 0) return { skipped: `the importer failed on ${sources[0]}: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' / ')}` }
  return { dir }
}

/** The WooCommerce set, imported; or why not. */
export async function wooCommerce() {
  const folder = path.join(CORPUS_ROOT, WOO)
  if (!fs.existsSync(folder)) return { skipped: `${folder} is missing` }
  // All six source pages (index, v1-v3, wp-api-v1/v2): the 125k-line set, not its first page.
  const result = importSlate(sourcePages(folder))
  if ('skipped' in result) return result
  return { ...result, name: 'WooCommerce REST API docs', lines: countLines(path.join(CORPUS_ROOT, WOO)) }
}
