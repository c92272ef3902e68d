/**
 * One model for every kind of document: Swagger 2.0 and OpenAPI 3.0/3.1 read into the same list of
 * tags and operations (parameters, request body, responses, each with its media types), so the
 * pages are written once. Swagger 2.0's `body` and `formData` parameters become a request body,
 * its `produces`/`consumes` the media types, `host` + `basePath` the server, as in OpenAPI 3.
 */
import { METHODS } from './read-spec.mjs'

const asList = (value) => (Array.isArray(value) ? value : [])
const entries = (value) => (value && typeof value === 'object' ? Object.entries(value) : [])

/** The server URL the samples call: the first server, its `{variables}` filled with their defaults. */
function serverUrl(api, version, operation) {
  if (version === '2.0') {
    if (!api.host) return ''
    const scheme = asList(api.schemes)[0] ?? 'https'
    return `${scheme}://${api.host}${api.basePath && api.basePath !== '/' ? api.basePath : ''}`
  }
  const server = asList(operation?.servers)[0] ?? asList(api.servers)[0]
  if (!server?.url) return ''
  return String(server.url).replace(/\{([^}]+)\}/g, (whole, name) => String(server.variables?.[name]?.default ?? whole))
}

/** Media type → { schema, examples } for a 2.0 body or response. */
function swaggerContent(types, schema, examples) {
  return types.map((type) => ({ type, schema, example: examples?.[type], examples: undefined }))
}

function mediaTypes(content) {
  return entries(content).map(([type, media]) => ({ type, schema: media?.schema, example: media?.example, examples: media?.examples }))
}

/** Path-level parameters apply to every operation under the path; the operation's own ones win. */
function mergedParameters(pathItem, operation) {
  const byKey = new Map()
  for (const parameter of [...asList(pathItem?.parameters), ...asList(operation.parameters)]) {
    if (!parameter || typeof parameter !== 'object') continue
    byKey.set(`${parameter.in}\0${parameter.name}`, parameter)
  }
  return [...byKey.values()]
}

/** A Swagger 2.0 parameter's schema: its own type fields are the schema. */
function swaggerSchema(parameter) {
  const { name, in: _in, description, required, ...schema } = parameter
  return parameter.schema ?? schema
}

function readOperation(api, version, route, method, pathItem, operation) {
  const parameters = mergedParameters(pathItem, operation)
  const consumes = asList(operation.consumes).length ? operation.consumes : asList(api.consumes).length ? api.consumes : ['application/json']
  const produces = asList(operation.produces).length ? operation.produces : asList(api.produces).length ? api.produces : ['application/json']
  let requestBody
  let plain = parameters
  if (version === '2.0') {
    const body = parameters.find((p) => p.in === 'body')
    const form = parameters.filter((p) => p.in === 'formData')
    plain = parameters.filter((p) => p.in !== 'body' && p.in !== 'formData')
    if (body) requestBody = { description: body.description, required: Boolean(body.required), content: swaggerContent(consumes, body.schema, body['x-examples']) }
    else if (form.length) {
      const type = consumes.find((t) => /form/.test(t)) ?? 'application/x-www-form-urlencoded'
      const schema = { type: 'object', required: form.filter((p) => p.required).map((p) => p.name), properties: Object.fromEntries(form.map((p) => [p.name, { ...swaggerSchema(p), description: p.description }])) }
      requestBody = { description: undefined, required: form.some((p) => p.required), content: [{ type, schema }] }
    }
  } else if (operation.requestBody) {
    requestBody = { description: operation.requestBody.description, required: Boolean(operation.requestBody.required), content: mediaTypes(operation.requestBody.content) }
  }
  const responses = entries(operation.responses).map(([status, response]) => ({
    status,
    description: response?.description ?? '',
    headers: entries(response?.headers).map(([name, header]) => ({ name, description: header?.description, schema: version === '2.0' ? swaggerSchema(header ?? {}) : header?.schema, deprecated: header?.deprecated })),
    content: version === '2.0'
      ? response?.schema ? swaggerContent(produces, response.schema, response.examples) : []
      : mediaTypes(response?.content),
  }))
  const callbacks = entries(operation.callbacks).flatMap(([name, callback]) =>
    entries(callback).flatMap(([expression, item]) =>
      METHODS.filter((m) => item?.[m]).map((m) => ({ name, expression, operation: readOperation(api, version, expression, m, item, item[m]) }))))
  return {
    method,
    path: route,
    operationId: typeof operation.operationId === 'string' ? operation.operationId : '',
    summary: typeof operation.summary === 'string' ? operation.summary.trim() : '',
    description: typeof operation.description === 'string' ? operation.description : '',
    deprecated: operation.deprecated === true,
    tags: asList(operation.tags).map(String),
    security: operation.security ?? api.security ?? [],
    parameters: plain.map((p) => ({ ...p, schema: version === '2.0' ? swaggerSchema(p) : p.schema })),
    requestBody,
    responses,
    callbacks,
    codeSamples: asList(operation['x-codeSamples'] ?? operation['x-code-samples']),
    server: serverUrl(api, version, operation),
    source: operation,
    pathItem,
  }
}

/** Tags in the document's order (its `tags` list first, then as operations name them). */
function tagList(api, operations) {
  const tags = new Map()
  const add = (name, tag = {}) => {
    if (!tags.has(name)) tags.set(name, { name, title: String(tag['x-displayName'] ?? name), description: typeof tag.description === 'string' ? tag.description : '', traitOnly: tag['x-traitTag'] === true, operations: [], source: tag })
  }
  for (const tag of asList(api.tags)) if (tag?.name !== undefined) add(String(tag.name), tag)
  for (const operation of operations) for (const name of operation.tags) add(name)
  for (const operation of operations) if (operation.tags.length) tags.get(operation.tags[0]).operations.push(operation)
  return [...tags.values()]
}

/**
 * @param {any} api  the document with its `$ref`s resolved
 * @param {'2.0' | '3.0' | '3.1'} version
 */
export function readOperations(api, version) {
  const operations = []
  for (const [route, pathItem] of entries(api.paths)) {
    for (const method of METHODS) if (pathItem?.[method]) operations.push(readOperation(api, version, route, method, pathItem, pathItem[method]))
  }
  const webhooks = entries(api.webhooks).flatMap(([name, item]) => METHODS.filter((m) => item?.[m]).map((m) => ({ ...readOperation(api, version, name, m, item, item[m]), webhook: true })))
  const info = api.info ?? {}
  const schemes = version === '2.0' ? api.securityDefinitions : api.components?.securitySchemes
  return {
    title: typeof info.title === 'string' && info.title.trim() ? info.title.trim() : 'API reference',
    description: typeof info.description === 'string' ? info.description : '',
    version: info.version === undefined ? '' : String(info.version),
    server: serverUrl(api, version),
    servers: version === '2.0' ? [serverUrl(api, version)].filter(Boolean) : asList(api.servers).map((s) => s?.url).filter(Boolean),
    securitySchemes: Object.fromEntries(entries(schemes)),
    tags: tagList(api, operations),
    untagged: operations.filter((o) => o.tags.length === 0),
    webhooks,
    tagGroups: Array.isArray(api['x-tagGroups']) ? api['x-tagGroups'].map((g) => ({ name: String(g?.name ?? ''), tags: asList(g?.tags).map(String) })) : null,
    operations,
  }
}
