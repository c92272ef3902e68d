/**
 * Example values for bodies and parameters: what the document gives (`example`, each of
 * `examples`), else one made from the schema by openapi-sampler (Redoc's sampler), which follows
 * allOf/oneOf, formats and enums, and stops a recursive schema at `maxSampleDepth`.
 */
import { sample } from 'openapi-sampler'

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value)

/** openapi-sampler, never throwing: an odd schema gives no example rather than no page. */
export function sampled(schema, direction) {
  if (!isObject(schema)) return undefined
  try {
    return sample(schema, { quiet: true, maxSampleDepth: 4, skipReadOnly: direction === 'request', skipWriteOnly: direction === 'response' })
  } catch {
    return undefined
  }
}

/**
 * The examples of one media type: `[{ title, value }]`, the document's own first, else one
 * generated from the schema (title '').
 * @param {{ schema?: any, example?: any, examples?: any }} media
 * @param {'request' | 'response'} direction
 */
export function mediaExamples(media, direction) {
  const own = []
  if (media.example !== undefined) own.push({ title: '', value: media.example })
  if (isObject(media.examples)) {
    for (const [name, example] of Object.entries(media.examples)) {
      if (isObject(example) && 'value' in example) own.push({ title: String(example.summary ?? name), value: example.value })
      else if (isObject(example) && example.externalValue) own.push({ title: String(example.summary ?? name), value: `See ${example.externalValue}` })
      // 2.0's examples map media types to values; a bare value under a name is one too.
      else if (!isObject(example) || !('$ref' in example)) own.push({ title: String(name), value: example })
    }
  }
  if (own.length) return own
  if (isObject(media.schema) && media.schema.example !== undefined) return [{ title: '', value: media.schema.example }]
  const value = sampled(media.schema, direction)
  return value === undefined ? [] : [{ title: '', value }]
}

/** A parameter's example as text for a URL or header: its example, default, first allowed value, or a sample. */
export function parameterValue(parameter) {
  const schema = isObject(parameter.schema) ? parameter.schema : {}
  const candidates = [parameter.example, parameter['x-example'], isObject(parameter.examples) ? Object.values(parameter.examples).find(isObject)?.value : undefined, schema.example, schema.default, Array.isArray(schema.enum) ? schema.enum[0] : undefined]
  const found = candidates.find((value) => value !== undefined && value !== null)
  const value = found ?? sampled(schema, 'request')
  if (value === undefined || isObject(value)) return undefined
  return Array.isArray(value) ? value.join(',') : String(value)
}

/** A value as the text of a JSON example block (a string that is not JSON stays as it is). */
export function exampleText(value) {
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value), null, 2)
    } catch {
      return value
    }
  }
  return JSON.stringify(value, null, 2) ?? 'null'
}
