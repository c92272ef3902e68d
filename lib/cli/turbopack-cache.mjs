/**
 * Turbopack's build cache does not see that compiled MDX depends on our remark plugins (they are
 * loaded by path), so after a plugin changed, pages kept the old plugin's output. The cache is
 * dropped whenever the plugins or the installed packages differ from the last build's.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// The remark plugins, and what they import, all live in lib/mdx/.
const mdx = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'mdx')

function pluginsKey(root) {
  const hash = createHash('sha256')
  const plugins = fs.readdirSync(mdx).filter((name) => name.endsWith('.mjs')).sort().map((name) => path.join(mdx, name))
  for (const file of [...plugins, path.join(root, 'package-lock.json')]) {
    hash.update(`${path.basename(file)}\0`)
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

/** Drops a stale cache; call the returned function once the build succeeded, to remember it. */
export function dropStaleTurbopackCache(root) {
  const keyFile = path.join(root, '.next', 'cache', 'portal-plugins.sha256')
  const key = pluginsKey(root)
  if (!fs.existsSync(keyFile) || fs.readFileSync(keyFile, 'utf8') !== key) {
    fs.rmSync(path.join(root, '.next', 'cache', 'turbopack'), { recursive: true, force: true })
  }
  return () => {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true })
    fs.writeFileSync(keyFile, key)
  }
}
