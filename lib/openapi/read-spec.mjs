/**
 * Reads an OpenAPI (3.0, 3.1) or Swagger (2.0) document, YAML or JSON, one file or many, and
 * resolves every `$ref` with @apidevtools/json-schema-ref-parser (local files only, never the
 * network). The result is the document with each `$ref` replaced by what it points at (a
 * recursive schema becomes a cycle of objects), plus where each referenced object came from, so
 * the pages can name a type (`Pet`) and problems can be reported at a line of the right file.
 *
 * Anything that stops the reference being made (a file that does not parse, a `$ref` that does not
 * resolve, a document of the wrong kind, a repeated operationId) is a `SpecError` holding one
 * `file:line:column what — how to fix` line per problem.
 */
import fs from 'node:fs'
import path from 'node:path'
import $RefParser from '@apidevtools/json-schema-ref-parser'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { jsonErrorPlace } from '../content/json-error-place.mjs'
import { placeOf } from '../content/pointer-place.mjs'
import { problemOf, SpecError, splitRef } from './spec-errors.mjs'

export { SpecError, splitRef }

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

const rel = (file, cwd) => path.relative(cwd, file) || file

/** Parses one file's text: JSON for `.json`, else YAML 1.2; a syntax error names its line and column. */
function parseText(file, text, cwd) {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(text)
    } catch {
      const place = jsonErrorPlace(text) ?? { line: 1, column: 1 }
      throw new SpecError([`${rel(file, cwd)}:${place.line}:${place.column} the spec is not valid JSON — fix the syntax there (no trailing commas, keys in double quotes)`])
    }
  }
  try {
    return parseYaml(text, { merge: true, maxAliasCount: -1, logLevel: 'error', uniqueKeys: false })
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error
    const [{ line, col }] = error.linePos ?? [{ line: 1, col: 1 }]
    const what = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new SpecError([`${rel(file, cwd)}:${line}:${col} the spec is not valid YAML: ${what} — fix the syntax there`])
  }
}

/** The document's kind, or a SpecError naming what it is instead. */
function versionOf(api, file, cwd) {
  if (!api || typeof api !== 'object' || Array.isArray(api)) {
    throw new SpecError([`${placeOf(file, [], cwd)} this file is not an OpenAPI or Swagger document (it is not a mapping of keys) — give the path of the API description`])
  }
  if (String(api.swagger) === '2.0') return '2.0'
  const openapi = String(api.openapi ?? '')
  if (/^3\.0(\.\d+)?$/.test(openapi)) return '3.0'
  if (/^3\.1(\.\d+)?$/.test(openapi)) return '3.1'
  if (api.openapi !== undefined || api.swagger !== undefined) {
    const key = api.openapi !== undefined ? 'openapi' : 'swagger'
    throw new SpecError([`${placeOf(file, [key], cwd)} ${key}: "${api[key]}" is a version the portal does not read — it reads Swagger 2.0 and OpenAPI 3.0.x and 3.1.x`])
  }
  throw new SpecError([`${placeOf(file, [], cwd)} this file is not an OpenAPI or Swagger document (no \`openapi:\` or \`swagger:\` key) — give the path of the API description, such as openapi.yaml`])
}

/** A type's name from where it is defined: `#/components/schemas/Pet` is Pet, `models/droplet.yml` is droplet. */
function nameFrom({ file, keys }) {
  if (keys.length === 0) return path.basename(file).replace(/\.(ya?ml|json)$/i, '')
  return String(keys.at(-1))
}

/** Every operation's operationId once: a repeat would give two sections the same anchor. */
function checkOperationIds(api, originOf, file, cwd) {
  const seen = new Map()
  const problems = []
  for (const [route, item] of Object.entries(api.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method]
      if (!operation?.operationId) continue
      // Places are looked up only for a repeat: finding one parses the file again.
      const where = () => placeAt(operation, ['operationId'], originOf, { file, keys: ['paths', route, method] }, cwd)
      const first = seen.get(operation.operationId)
      if (first) problems.push(`${where()} operationId "${operation.operationId}" is used twice (first at ${first()}) — give each operation its own operationId`)
      else seen.set(operation.operationId, where)
    }
  }
  if (problems.length) throw new SpecError(problems)
}

/** `file:line:column` of a key of an object read from the spec; `fallback` is where it sits when it was not `$ref`ed. */
export function placeAt(object, keys, originOf, fallback, cwd = process.cwd()) {
  const origin = originOf.get(object) ?? fallback
  return placeOf(origin.file, [...origin.keys, ...keys], cwd)
}

/**
 * @param {string} file  the spec's entry file
 * @returns {Promise<{ api: any, version: '2.0' | '3.0' | '3.1', file: string, files: string[],
 *   originOf: WeakMap<object, { file: string, keys: string[] }>, nameOf: WeakMap<object, string> }>}
 */
export async function readSpec(file, { cwd = process.cwd() } = {}) {
  const entry = path.resolve(file)
  if (!fs.existsSync(entry)) throw new SpecError([`${rel(entry, cwd)}:1:1 the spec file does not exist — fix its path in site.json "openapi" (relative to site.json)`])
  const root = parseText(entry, fs.readFileSync(entry, 'utf8'), cwd)
  const version = versionOf(root, entry, cwd)

  /** @type {WeakMap<object, { file: string, keys: string[] }>} */
  const originOf = new WeakMap()
  /** @type {WeakMap<object, string>} */
  const nameOf = new WeakMap()
  const parser = new $RefParser()
  // Each object is marked with its file and keys as the file is read: dereferencing keeps the objects,
  // so any part of the resolved document can say where it was written.
  const remember = (value, file, keys) => {
    if (!value || typeof value !== 'object' || originOf.has(value)) return
    originOf.set(value, { file, keys })
    for (const [key, child] of Object.entries(value)) remember(child, file, [...keys, key])
  }
  remember(root, entry, [])
  const yamlAndJson = {
    order: 1,
    allowEmpty: true,
    canParse: /\.(ya?ml|json)$/i,
    parse: (f) => {
      const { file: read } = splitRef(f.url)
      const value = read === entry ? root : parseText(read, Buffer.isBuffer(f.data) ? f.data.toString('utf8') : String(f.data), cwd)
      remember(value, read, [])
      return value
    },
  }
  let api
  try {
    api = await parser.dereference(entry, root, {
      parse: { yaml: yamlAndJson, json: false, text: false, binary: false },
      resolve: { http: false, external: true },
      continueOnError: true,
      dereference: {
        circular: true,
        onDereference(ref, value) {
          if (!value || typeof value !== 'object' || nameOf.has(value)) return
          nameOf.set(value, nameFrom(originOf.get(value) ?? splitRef(ref)))
        },
      },
    })
  } catch (error) {
    const files = [entry, ...parser.$refs.paths().map((p) => splitRef(p).file).filter((p) => p !== entry)]
    const errors = /** @type {any} */ (error).errors ?? [error]
    throw new SpecError([...new Set(errors.flatMap((e) => problemOf(e, files, cwd)))])
  }
  checkOperationIds(api, originOf, entry, cwd)
  const files = [...new Set(parser.$refs.paths().map((p) => splitRef(p).file))]
  return { api, version, file: entry, files, originOf, nameOf }
}
