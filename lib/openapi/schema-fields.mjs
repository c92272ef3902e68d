/**
 * A JSON Schema as rows a reader scans: one `<Field>` per property (name, type, required, its
 * description, default, allowed values, limits), nested properties in a `<Fields>` that opens
 * without JavaScript (`<details>`). `allOf` is merged into one object; `oneOf`/`anyOf` are listed
 * as alternatives, with the `discriminator` that picks one; a type met again inside itself stops
 * with a link to where it is described (the schemas page), and so does a named type nested deeper
 * than `depth` levels, so a page grows with its own operations, never with the whole API.
 */
import { code, element, emphasis, joined, link, paragraph, strong, text } from './mdast.mjs'
import { COMBINERS, facts, isObject, merged, typeLabel } from './schema-words.mjs'

export { merged, typeLabel }

const MAX_DEPTH = 3

/**
 * @typedef {{ nameOf: WeakMap<object, string>, describe: (text: string) => any[],
 *   schemaHref: (name: string, schema: object) => string, direction: 'request' | 'response', shown?: Set<object>,
 *   describeOf?: (text: string, schema: object) => any[] }} FieldContext
 *   shown: the named types already spelled out on this page
 */

function hidden(schema, ctx) {
  const s = merged(schema)
  return isObject(s) && ((ctx.direction === 'request' && s.readOnly === true) || (ctx.direction === 'response' && s.writeOnly === true))
}

/** What is nested under a schema: its properties, its items' properties, its alternatives. */
function nested(schema, ctx, depth, ancestors, label) {
  const s = merged(schema)
  if (!isObject(s)) return []
  const name = ctx.nameOf.get(schema) ?? ctx.nameOf.get(s)
  if (ancestors.has(schema) || ancestors.has(s)) {
    return name ? [paragraph(text('Recursive: '), link(ctx.schemaHref(name, schema), text(name)), text(' again.'))] : [paragraph(emphasis(text('Recursive: the same object again.')))]
  }
  const inner = new Set(ancestors).add(schema).add(s)
  // A named type is spelled out once per page, and never deeper than MAX_DEPTH: elsewhere a link to it.
  if (name && hasNested(s) && (depth >= MAX_DEPTH || ctx.shown?.has(schema))) return [paragraph(text('Described under '), link(ctx.schemaHref(name, schema), text(name)), text('.'))]
  if (name) ctx.shown?.add(schema)
  const out = []
  if (s.type === 'array' || [s.type].flat().includes('array')) {
    if (isObject(s.items)) out.push(...nested(s.items, ctx, depth, inner, `items of ${label}`))
    return out
  }
  const rows = propertyFields(s, ctx, depth + 1, inner)
  if (rows.length) out.push(element('Fields', { title: `Properties of ${label}` }, rows))
  out.push(...alternatives(s, ctx, depth + 1, inner, label))
  return out
}

function hasNested(s) {
  return Boolean(s.properties || s.items || COMBINERS.some((k) => Array.isArray(s[k])) || isObject(s.additionalProperties))
}

/** oneOf / anyOf: each option in its own expandable list, and the discriminator that chooses. */
function alternatives(s, ctx, depth, ancestors, label) {
  const out = []
  for (const key of COMBINERS) {
    if (!Array.isArray(s[key])) continue
    const options = s[key].filter(isObject)
    out.push(paragraph(text(key === 'oneOf' ? 'Exactly one of these:' : 'Any of these:')))
    options.forEach((option, i) => {
      const name = typeLabel(option, ctx.nameOf)
      const title = `Option ${i + 1}: ${name}`
      const body = [...ctx.describe(merged(option).description ?? ''), ...facts(merged(option)), ...nested(option, ctx, depth, ancestors, name)]
      out.push(element('Fields', { title }, body.length ? body : [paragraph(text(name))]))
    })
  }
  const discriminator = s.discriminator
  if (isObject(discriminator) && discriminator.propertyName) {
    const mapping = Object.entries(discriminator.mapping ?? {}).map(([value, ref]) => [code(value), text(` means ${String(ref).split('/').pop()}`)])
    out.push(paragraph(text('The '), code(discriminator.propertyName), text(` property of ${label} says which`), ...(mapping.length ? [text(': '), ...joined(mapping.map((m) => ({ type: 'emphasis', children: m })))] : []), text('.')))
  }
  return out
}

/** One property as a `<Field>` row. */
export function fieldOf(name, schema, required, ctx, depth = 0, ancestors = new Set()) {
  // Not a schema at all (a string where an object belongs): shown as written, never dropped.
  if (!isObject(schema) && typeof schema !== 'boolean' && schema !== undefined) {
    ctx.warn?.(`the schema of "${name}" is not a schema object (${JSON.stringify(schema)}) — shown as written; write it as { type: … }`)
    return element('Field', { name, type: 'unknown', required: Boolean(required) }, [paragraph(text('Schema as written: '), code(JSON.stringify(schema)))])
  }
  const s = merged(schema)
  const own = isObject(s) ? s : {}
  const describe = ctx.describeOf ?? ctx.describe
  const children = [...describe(own.description ?? '', schema), ...facts(own), ...nested(schema, ctx, depth, ancestors, name)]
  return element('Field', {
    name,
    type: typeLabel(schema, ctx.nameOf),
    required: Boolean(required),
    deprecated: own.deprecated === true,
    access: own.readOnly === true ? 'read-only' : own.writeOnly === true ? 'write-only' : undefined,
  }, children)
}

/** An object's properties (and its additional properties) as `<Field>` rows. */
export function propertyFields(schema, ctx, depth = 0, ancestors = new Set()) {
  const s = merged(schema)
  if (!isObject(s)) return []
  const required = new Set(Array.isArray(s.required) ? s.required : [])
  const rows = Object.entries(isObject(s.properties) ? s.properties : {})
    .filter(([, property]) => !hidden(property, ctx))
    .map(([name, property]) => fieldOf(name, property, required.has(name), ctx, depth, ancestors))
  if (isObject(s.additionalProperties)) rows.push(fieldOf('any other key', s.additionalProperties, false, ctx, depth, ancestors))
  return rows
}

/**
 * A request or response body: its properties as rows, or, for a body that is not an object, its
 * type and what is nested in it.
 */
export function schemaBlocks(schema, ctx, label = 'the body') {
  if (!isObject(schema)) return []
  const s = merged(schema)
  const rows = propertyFields(schema, ctx, 0, new Set([schema, s]))
  const out = []
  const type = typeLabel(schema, ctx.nameOf)
  if (!rows.length || !['object'].includes(String(s.type ?? 'object'))) out.push(paragraph(strong(text('Type:')), text(` ${type}`)))
  out.push(...ctx.describe(s.description ?? ''), ...facts(s))
  if (rows.length) out.push(element('Fields', {}, rows))
  else if (s.type === 'array' || [s.type].flat().includes('array')) out.push(...nested(schema, ctx, 0, new Set(), label))
  out.push(...alternatives(s, ctx, 1, new Set([schema, s]), label))
  return out
}
