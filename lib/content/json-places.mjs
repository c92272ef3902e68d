/**
 * Where a value of a JSON text (site.json) is, by its path: `placeOf(['versions', 1, 'name'])` is the
 * line and column of that name. Read with the `yaml` parser (JSON is YAML), which keeps positions
 * where JSON.parse does not. A path that goes further than the text points at the last value found.
 */
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml'

/** @param {string} text valid JSON @returns {(path: (string | number)[]) => { line: number, column: number }} */
export function jsonPlaces(text) {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  return (path) => {
    let node = doc.contents
    for (const key of path) {
      const next = isMap(node) || isSeq(node) ? node.get(key, true) : undefined
      if (!next) break
      node = next
    }
    const { line, col } = lines.linePos(node?.range?.[0] ?? 0)
    return { line, column: col }
  }
}
