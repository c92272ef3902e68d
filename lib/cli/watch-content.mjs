/** `npm run dev` watches the author's content folder; every change is heard, however the editor saves. */
import fs from 'node:fs'
import path from 'node:path'

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
