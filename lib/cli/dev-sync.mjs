/**
 * `npm run dev` watches the author's content folder but previews a copy of it: the copy is brought
 * up to date only after the content checks pass, so a broken save keeps the last good page on
 * screen (and the page's imports resolve inside the project, wherever CONTENT_DIR is).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { contentSource, markCopy } from '../content/content-folder.mjs'

function filesIn(dir, base = dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    const rel = path.relative(base, full)
    // public/ is served from where it is; the copy's marker is the copy's own.
    if (rel === 'public' || rel === '.content-source' || entry.name.startsWith('.')) return []
    return entry.isDirectory() ? filesIn(full, base) : [rel]
  })
}

/** The files a page `<Include>`s, nested ones too, as remark-include resolves them. */
function includedFiles(file, seen = new Set()) {
  for (const [, src] of fs.readFileSync(file, 'utf8').matchAll(/<Include\s+src=["']([^"']+)["']/g)) {
    const target = path.resolve(path.dirname(file), src)
    if (seen.has(target) || !fs.existsSync(target)) continue
    seen.add(target)
    includedFiles(target, seen)
  }
  return seen
}

function includesKey(file) {
  const included = [...includedFiles(file)].sort()
  if (!included.length) return ''
  const hash = createHash('sha256')
  for (const target of included) hash.update(`${target}\0`).update(fs.readFileSync(target))
  return hash.digest('hex').slice(0, 16)
}

/**
 * Makes `copy` hold the pages of `source`, writing only files that differ so the preview recompiles
 * only what changed. Turbopack does not know a page depends on the files it `<Include>`s, so a
 * page with includes gets a trailing MDX comment naming their contents' hash: a changed partial
 * changes the page, and the page is compiled again.
 * @returns {string[]} the files written or removed, relative to the folder
 */
export function syncContent(source, copy) {
  fs.mkdirSync(copy, { recursive: true })
  const files = filesIn(source)
  const changed = []
  for (const rel of files) {
    let data = fs.readFileSync(path.join(source, rel))
    const key = rel.endsWith('.mdx') ? includesKey(path.join(source, rel)) : ''
    if (key) data = Buffer.concat([data, Buffer.from(`\n\n{/* npm run dev: included files ${key} */}\n`)])
    const target = path.join(copy, rel)
    if (fs.existsSync(target) && fs.readFileSync(target).equals(data)) continue
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, data)
    changed.push(rel)
  }
  for (const rel of filesIn(copy)) {
    if (files.includes(rel)) continue
    fs.rmSync(path.join(copy, rel))
    changed.push(rel)
  }
  // A copy of a copy (the reference's) still names the author's folder.
  markCopy(copy, contentSource(source))
  return changed
}

/**
 * Calls `onChange` on every change under `dir`. Node 20's recursive fs.watch on Linux loses a file
 * an editor replaced by renaming (sed -i, vim): one watcher per folder sees every entry of it.
 */
export function watchContent(dir, onChange, watched = new Map()) {
  if (watched.has(dir) || !fs.existsSync(dir)) return
  const folders = () => fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory())
  watched.set(dir, fs.watch(dir, (event) => {
    if (event === 'rename' && fs.existsSync(dir)) for (const entry of folders()) watchContent(path.join(dir, entry.name), onChange, watched)
    onChange()
  }).on('error', () => watched.delete(dir)))
  for (const entry of folders()) watchContent(path.join(dir, entry.name), onChange, watched)
}
