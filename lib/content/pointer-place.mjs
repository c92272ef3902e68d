/**
 * Where a value of a YAML or JSON file is, as `file:line:column`, from its JSON pointer
 * (`spec.yaml#/paths/~1pets/get`): files are read without positions where that is fast (an OpenAPI
 * spec), and parsed again with the `yaml` package's LineCounter only when a problem in one has to
 * be reported. JSON files are YAML too, so one parser serves both.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { LineCounter, parseDocument } from 'yaml'

const decodeToken = (token) => decodeURIComponent(token.replace(/~1/g, '/').replace(/~0/g, '~'))

/** `file#/a/b` as an absolute file and its keys. */
export function splitRef(ref) {
  const at = ref.indexOf('#')
  const base = at < 0 ? ref : ref.slice(0, at)
  const pointer = at < 0 ? '' : ref.slice(at + 1)
  const file = base.startsWith('file:') ? fileURLToPath(base) : base
  return { file, keys: pointer.split('/').slice(1).map(decodeToken) }
}

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
