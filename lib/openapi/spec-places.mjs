/**
 * Where something is in a spec's source files, as `file:line:column`: the spec is read without
 * positions (fast), and a file is parsed again with the `yaml` package's LineCounter only when a
 * problem in it has to be reported. JSON files are YAML too, so one parser serves both.
 */
import fs from 'node:fs'
import path from 'node:path'
import { LineCounter, parseDocument } from 'yaml'

/** @type {Map<string, { doc: import('yaml').Document, lines: LineCounter }>} */
const parsed = new Map()

function documentOf(file) {
  if (!parsed.has(file)) {
    const lines = new LineCounter()
    const doc = parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter: lines, keepSourceTokens: false, uniqueKeys: false })
    parsed.set(file, { doc, lines })
  }
  return /** @type {{ doc: import('yaml').Document, lines: LineCounter }} */ (parsed.get(file))
}

/** Forgets the files read for positions (a build reads them once; `npm run dev` after each change). */
export function forgetPlaces() {
  parsed.clear()
}

/**
 * The node at `keys` in `file` (a YAML node), or undefined. Keys are compared as strings, so a
 * status code `200` finds `'200':` and `200:` alike.
 */
export function nodeAt(file, keys) {
  let node = documentOf(file).doc.contents
  for (const key of keys) {
    if (!node) return undefined
    if (node.items && node.constructor.name === 'YAMLSeq') node = node.items[Number(key)]
    else if (node.items) node = node.items.find((pair) => String(pair.key?.value ?? pair.key) === String(key))?.value
    else return undefined
  }
  return node ?? undefined
}

/**
 * `file:line:column` of the value at `keys` (the deepest part of the path that exists), relative to `cwd`.
 * @param {string} file  absolute path @param {(string | number)[]} keys
 */
export function placeOf(file, keys = [], cwd = process.cwd()) {
  const rel = path.relative(cwd, file) || file
  let at = 0
  try {
    const { doc, lines } = documentOf(file)
    for (let n = keys.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : nodeAt(file, keys.slice(0, n))
      if (node?.range) {
        at = node.range[0]
        break
      }
    }
    const { line, col } = lines.linePos(at)
    return `${rel}:${line}:${col}`
  } catch {
    return `${rel}:1:1`
  }
}
