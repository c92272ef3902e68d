/**
 * What json-schema-ref-parser reports (a `$ref` that points at nothing, a file that is not there,
 * a file that does not parse) as `file:line:column what — how to fix` lines, at the `$ref` as it
 * is written, in the file that has it.
 */
import path from 'node:path'
import { nodeAt, placeOf, splitRef } from '../content/pointer-place.mjs'

const rel = (file, cwd) => path.relative(cwd, file) || file

/** A spec the reference cannot be made from: `problems` holds one line per problem. */
export class SpecError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(problems.join('\n'))
    this.name = 'SpecError'
    this.problems = problems
  }
}

export { splitRef }

/** Where a missing `$ref` is written: the error's own file when the `$ref` is there, else the file that has it. */
function refPlace(error, files, cwd) {
  const keys = error.path ?? []
  const candidates = [error.source && splitRef(error.source).file, ...files].filter(Boolean)
  const file = candidates.find((f) => {
    try {
      return nodeAt(f, [...keys, '$ref']) !== undefined
    } catch {
      return false
    }
  })
  if (!file) return { place: placeOf(candidates[0] ?? files[0], [], cwd), written: error.targetRef ?? '' }
  return { place: placeOf(file, [...keys, '$ref'], cwd), written: String(nodeAt(file, [...keys, '$ref'])?.value ?? error.targetRef ?? '') }
}

/** The lines a resolver error becomes. */
export function problemOf(error, files, cwd) {
  if (error instanceof SpecError) return error.problems
  const found = /** @type {any} */ (error).cause
  if (found instanceof SpecError) return found.problems
  if (error.code === 'EMISSINGPOINTER') {
    const { place, written } = refPlace(error, files, cwd)
    return [`${place} \`$ref\` "${written}" points at nothing: ${error.message.replace(/^Missing \$ref pointer "[^"]*"\. /, '')} — fix the path after # or add what it names`]
  }
  if (error.code === 'ERESOLVER') {
    const missing = /(?:opening file|resolving \$ref pointer) "?([^":]+)"?/.exec(error.message)?.[1]
    const why = /ENOENT/.test(error.message) ? `the file ${missing ? rel(missing, cwd) : ''} does not exist` : error.message.split('\n')[0]
    const { place, written } = refPlace(error, files, cwd)
    return [`${place} \`$ref\` "${written}" cannot be resolved: ${why} — fix the path (relative to the file it is written in); the portal never reads specs over the network`]
  }
  if (error.code === 'EPARSER' || error.name === 'ParserError') {
    const file = error.source ? splitRef(error.source).file : files[0]
    const inner = /** @type {any} */ (error).cause ?? error
    if (inner?.problems) return inner.problems
    return [`${placeOf(file, [], cwd)} ${error.message.split('\n')[0]} — fix the syntax of that file`]
  }
  return [`${rel(files[0], cwd)}:1:1 the spec could not be read: ${error.message?.split('\n')[0] ?? error} — check the file and its \`$ref\`s`]
}

