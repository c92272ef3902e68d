/**
 * The words a reader sees for a schema: its type (`string (date-time)`, `array of Pet`, `integer
 * or null`) and its facts (default, allowed values, limits, pattern, example), with `allOf`
 * merged first so a composed type reads as the one object it is.
 */
import { code, joined, paragraph, text } from './mdast.mjs'

export const COMBINERS = ['oneOf', 'anyOf']
export const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value)
const show = (value) => (typeof value === 'string' ? value : JSON.stringify(value))

/** allOf members merged into one schema (properties and required lists joined); cycles left as they are. */
export function merged(schema, seen = new Set()) {
  if (!isObject(schema) || !Array.isArray(schema.allOf) || seen.has(schema)) return schema
  seen.add(schema)
  const { allOf, ...own } = schema
  const out = { properties: {}, required: [] }
  for (const part of [...allOf.map((member) => merged(member, seen)), own]) {
    if (!isObject(part)) continue
    for (const [key, value] of Object.entries(part)) {
      if (key === 'properties') Object.assign(out.properties, value)
      else if (key === 'required') out.required.push(...(Array.isArray(value) ? value : []))
      else if (!(key in out) || key === 'description') out[key] = value
    }
  }
  if (!Object.keys(out.properties).length) delete out.properties
  if (!out.required.length) delete out.required
  if (out.properties && !out.type) out.type = 'object'
  return out
}

/** The words a reader sees for a schema's type: `string (date-time)`, `array of Pet`, `integer or null`. */
export function typeLabel(schema, nameOf) {
  const s = merged(schema)
  if (!isObject(s)) return 'any'
  const name = nameOf.get(schema) ?? nameOf.get(s)
  const types = [s.type].flat().filter(Boolean)
  if (s.nullable === true && !types.includes('null')) types.push('null')
  const base = types.filter((t) => t !== 'null')
  let label
  if (base.includes('array')) {
    const items = s.items && isObject(s.items) ? typeLabel(s.items, nameOf) : 'any'
    label = `array of ${items}`
  } else if (base.length) label = base.join(' or ')
  else if (s.properties) label = 'object'
  else if (COMBINERS.some((k) => Array.isArray(s[k]))) label = COMBINERS.filter((k) => Array.isArray(s[k])).map((k) => (k === 'oneOf' ? 'one of' : 'any of')).join(', ')
  else if (s.const !== undefined) label = typeof s.const
  else if (Array.isArray(s.enum)) label = [...new Set(s.enum.map((v) => (v === null ? 'null' : typeof v)))].join(' or ')
  else label = 'any'
  if (s.format) label += ` (${s.format})`
  if (name && !base.includes('array') && (label === 'object' || label.startsWith('one of') || label.startsWith('any of'))) label = name
  else if (name && !/ of /.test(label)) label = `${label} (${name})`
  return types.includes('null') ? `${label} or null` : label
}

/** Default, allowed values, limits and an example, as one paragraph of text. */
export function facts(schema) {
  const parts = []
  const add = (label, ...values) => parts.push([text(`${label}: `), ...values])
  if (schema.default !== undefined) add('Default', code(show(schema.default)))
  if (schema.const !== undefined) add('Always', code(show(schema.const)))
  if (Array.isArray(schema.enum)) add('Allowed values', ...joined(schema.enum.map((v) => code(show(v)))))
  const limits = [
    ['minimum', '≥'], ['exclusiveMinimum', '>'], ['maximum', '≤'], ['exclusiveMaximum', '<'], ['minLength', 'at least', 'characters'], ['maxLength', 'at most', 'characters'],
    ['minItems', 'at least', 'items'], ['maxItems', 'at most', 'items'], ['multipleOf', 'a multiple of'],
  ].filter(([key]) => typeof schema[key] === 'number').map(([key, word, unit]) => `${word} ${schema[key]}${unit ? ` ${unit}` : ''}`)
  if (limits.length) add('Limits', text(limits.join(', ')))
  if (schema.uniqueItems === true) parts.push([text('Items are unique')])
  if (typeof schema.pattern === 'string') add('Pattern', code(schema.pattern))
  if (schema.example !== undefined && !isObject(schema.example) && !Array.isArray(schema.example)) add('Example', code(show(schema.example)))
  if (!parts.length) return []
  return [paragraph(parts.flatMap((part, i) => (i ? [text('. '), ...part] : part)), text('.'))]
}

