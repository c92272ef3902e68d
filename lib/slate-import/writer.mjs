/**
 * Writes the imported content folder all at once: everything goes to a temporary folder beside
 * --out and is renamed into place at the end, so a failed import never leaves half a site.
 * A non-empty --out is refused unless `force`.
 */
import fs from 'node:fs'
import path from 'node:path'

export class OutError extends Error {}

/** @param {string} out @param {{ path: string, content?: string, copyFrom?: string }[]} files */
export function writeAtomically(out, files, { force = false } = {}) {
  const target = path.resolve(out)
  const exists = fs.existsSync(target)
  if (exists && !fs.statSync(target).isDirectory()) throw new OutError(`${out} is a file, not a folder — choose another --out`)
  if (exists && fs.readdirSync(target).length > 0 && !force) {
    throw new OutError(`${out} is not empty — choose an empty folder, or add --force to replace it`)
  }
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const temp = fs.mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}.importing-`))
  try {
    for (const file of files) {
      const dest = path.join(temp, file.path)
      fs.mkdirSync(path.dirname(dest), { recursive: true })
      if (file.copyFrom) fs.copyFileSync(file.copyFrom, dest)
      else fs.writeFileSync(dest, file.content ?? '')
    }
    const old = `${temp}.old`
    if (exists) fs.renameSync(target, old)
    fs.renameSync(temp, target)
    if (exists) fs.rmSync(old, { recursive: true, force: true })
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true })
    throw error
  }
}
