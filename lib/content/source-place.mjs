/**
 * Where a problem found in the build's content folder is in the author's files. The build may read
 * a copy (a folder outside the project, or one holding a generated API reference): a page of the
 * copy is reported at the author's file, and a page made from an OpenAPI spec at the line of the
 * spec its text came from (each part of such a page starts with a `{/* from spec.yaml#/pointer *\/}`
 * comment), so the author fixes the spec, not a page that is made again at every build.
 */
import fs from 'node:fs'
import path from 'node:path'
import { contentSource } from './content-folder.mjs'
import { placeOf, splitRef } from './pointer-place.mjs'

export const GENERATED_MARK = '{/* Made from '
const FROM = /^\{\/\* from (.+) \*\/\}$/

/** @returns {(file: string, line: number, column: number) => string} `file:line:column` as the author should read it */
export function sourcePlace(dir, cwd = process.cwd()) {
  const source = contentSource(dir)
  const lines = new Map()
  return (file, line, column) => {
    const inCopy = path.relative(dir, file)
    const authored = !inCopy.startsWith('..') && !path.isAbsolute(inCopy) ? path.join(source, inCopy) : file
    if (!fs.existsSync(authored) && fs.existsSync(file)) {
      if (!lines.has(file)) lines.set(file, fs.readFileSync(file, 'utf8').split('\n'))
      const text = /** @type {string[]} */ (lines.get(file))
      if (text[0]?.startsWith(GENERATED_MARK)) {
        for (let at = Math.min(line, text.length) - 1; at >= 0; at--) {
          const from = FROM.exec(text[at].trim())
          if (!from) continue
          const { file: spec, keys } = splitRef(path.resolve(source, from[1]))
          return placeOf(spec, keys, cwd)
        }
      }
    }
    return `${path.relative(cwd, authored)}:${line}:${column}`
  }
}

/** The spec a generated page was made from (its path relative to the content folder), or undefined for an authored page. */
export function generatedFrom(file) {
  if (!fs.existsSync(file)) return undefined
  const first = fs.readFileSync(file, 'utf8').slice(0, 400).split('\n')[0]
  return first.startsWith(GENERATED_MARK) ? first.slice(GENERATED_MARK.length).replace(/ at every build.*$/, '') : undefined
}
