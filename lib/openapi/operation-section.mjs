/**
 * One operation as the mdast of one section of a page, in the order a reader of Stripe's reference
 * expects: the heading (its summary; its anchor from the operationId), method and path, the
 * description, who may call it, its parameters by where they go, the request body, each response;
 * then, for the examples column beside it, a request sample per language (one sample group, so
 * the reader's language choice applies) and an example of each documented response.
 */
import { blockquote, code, codeBlock, comment, element, heading, joined, link, paragraph, strong, text } from './mdast.mjs'
import { fieldOf, schemaBlocks, typeLabel } from './schema-fields.mjs'
import { exampleText, mediaExamples } from './examples.mjs'
import { requestSamples } from './samples.mjs'
import { schemeKind } from './intro-section.mjs'

const PLACES = [['path', 'Path parameters'], ['query', 'Query parameters'], ['header', 'Header parameters'], ['cookie', 'Cookie parameters']]

/** Who may call the operation: each way to authenticate (`or`), each needing all its schemes (`and`). */
function securityBlocks(operation, schemes) {
  const requirements = (Array.isArray(operation.security) ? operation.security : []).filter((r) => r && typeof r === 'object')
  if (!requirements.length) return []
  if (requirements.every((r) => Object.keys(r).length === 0)) return [paragraph(strong(text('Authentication:')), text(' none.'))]
  const ways = requirements.filter((r) => Object.keys(r).length).map((requirement) => joined(Object.entries(requirement).map(([name, scopes]) => {
    const scheme = schemes[name]
    const kind = !scheme ? '' : scheme.type === 'http' ? `HTTP ${scheme.scheme ?? ''}`.trim() : scheme.type === 'apiKey' ? `API key in ${scheme.in} ${scheme.name ?? ''}`.trim() : schemeKind(scheme)
    const scoped = Array.isArray(scopes) && scopes.length ? [text(', scopes '), ...joined(scopes.map((s) => code(s)))] : []
    return { type: 'emphasis', children: [code(name), ...(kind ? [text(` (${kind})`)] : []), ...scoped] }
  }), ' and '))
  const optional = requirements.some((r) => Object.keys(r).length === 0)
  return [paragraph(strong(text('Authentication:')), text(' '), ...ways.flatMap((way, i) => (i ? [text(' or '), ...way] : way)), text(optional ? ', or none.' : '.'))]
}

function parameterBlocks(operation, ctx) {
  const out = []
  const known = new Set(PLACES.map(([where]) => where))
  for (const [where, title] of PLACES) {
    const rows = operation.parameters.filter((p) => p.in === where).map((p) => fieldOf(String(p.name), { ...p.schema, description: p.description ?? p.schema?.description, deprecated: p.deprecated ?? p.schema?.deprecated, example: p.example ?? p.schema?.example }, p.in === 'path' || p.required, ctx))
    if (rows.length) out.push(element('ApiSection', { heading: title }, [element('Fields', {}, rows)]))
  }
  const odd = operation.parameters.filter((p) => !known.has(p.in))
  if (odd.length) {
    for (const p of odd) ctx.warn(`parameter "${p.name}" of ${operation.method.toUpperCase()} ${operation.path} is in "${p.in}", which OpenAPI does not have — shown as written; use path, query, header or cookie`)
    out.push(element('ApiSection', { heading: 'Other parameters' }, [element('Fields', {}, odd.map((p) => fieldOf(String(p.name), { ...p.schema, description: `${p.description ?? ''}\n\nSent in: ${String(p.in)}` }, p.required, ctx)))]))
  }
  return out
}

function bodyBlocks(body, ctx, title = 'Request body') {
  if (!body) return []
  const types = body.content.map((m) => m.type)
  const lead = paragraph(text(body.required ? 'Required' : 'Optional'), ...(types.length ? [text(', as '), ...joined(types.map((t) => code(t)), ' or ')] : []), text('.'))
  const schema = body.content.find((m) => m.schema)?.schema
  return [element('ApiSection', { heading: title }, [lead, ...ctx.describe(body.description ?? ''), ...schemaBlocks(schema, { ...ctx, direction: 'request' })])]
}

function responseBlocks(operation, ctx) {
  if (!operation.responses.length) return []
  const rows = operation.responses.map((response) => {
    const schema = response.content.find((m) => m.schema)?.schema
    // An error's headers (the same rate-limit headers under every status) are named; a success's are described.
    const headers = /^[123]/.test(response.status)
      ? response.headers.map((h) => fieldOf(h.name, { ...h.schema, description: h.description ?? h.schema?.description, deprecated: h.deprecated }, false, ctx))
      : []
    const named = /^[123]/.test(response.status) || !response.headers.length ? [] : [paragraph(text('Headers: '), ...joined(response.headers.map((h) => code(h.name))), text('.'))]
    // An error's named body (the same ErrorList under every operation) is described once, on the Schemas page.
    const name = schema && ctx.nameOf.get(schema)
    const shared = name && !/^[123]/.test(response.status)
    if (shared) {
      return element('Field', { name: response.status, type: response.content.map((m) => m.type).join(', ') || undefined }, [
        ...ctx.describe(response.description),
        ...named,
        paragraph(text('Body: '), link(ctx.schemaHref(name, schema), text(name)), text('.')),
      ])
    }
    const body = schema ? schemaBlocks(schema, { ...ctx, direction: 'response' }, `the ${response.status} body`) : []
    return element('Field', { name: response.status, type: response.content.map((m) => m.type).join(', ') || undefined }, [
      ...ctx.describe(response.description),
      ...named,
      ...(headers.length ? [element('Fields', { title: 'Headers' }, headers)] : []),
      ...(body.length ? [element('Fields', { title: schema ? `Body: ${typeLabel(schema, ctx.nameOf)}` : 'Body' }, body)] : []),
    ])
  })
  return [element('ApiSection', { heading: 'Responses' }, [element('Fields', {}, rows)])]
}

function callbackBlocks(operation, ctx) {
  if (!operation.callbacks.length) return []
  return [element('ApiSection', { heading: 'Callbacks' }, operation.callbacks.flatMap(({ name, expression, operation: callback }) => [
    paragraph(strong(text(name)), text(': '), code(`${callback.method.toUpperCase()} ${expression}`)),
    ...ctx.describe(callback.summary || callback.description),
    ...bodyBlocks(callback.requestBody, ctx).flatMap((section) => section.children),
  ]))]
}

/** The language of a response example block: JSON where it is JSON, else plain text. */
function exampleLanguage(type, responseLanguages) {
  const json = /json/i.test(type)
  const wanted = json ? 'json' : 'text'
  return responseLanguages.includes(wanted) ? wanted : responseLanguages[0] ?? wanted
}

function exampleBlocks(operation, ctx) {
  const out = []
  // A webhook is a request the API sends: the reader gets its payload, not code that calls it.
  const payload = operation.webhook && operation.requestBody?.content[0]
  if (payload) {
    for (const example of mediaExamples(payload, 'request').slice(0, 3)) {
      out.push(blockquote(paragraph(text(`Payload${example.title ? `: ${example.title}` : ''}`))), codeBlock(exampleLanguage(payload.type, ctx.responseLanguages), exampleText(example.value)))
    }
  }
  const samples = operation.webhook ? [] : requestSamples(operation, { keys: ctx.languageKeys, schemes: ctx.schemes, server: operation.server || ctx.server, warn: ctx.warn })
  for (const sample of samples) {
    if (sample.label && !ctx.languageKeys.includes(sample.lang)) ctx.languageLabels?.set(sample.lang, sample.label)
    out.push(codeBlock(sample.lang, sample.code))
  }
  // Statuses whose example is the same text (the one error body under 401, 404, 429, 500) share one block.
  const shown = []
  for (const response of operation.responses) {
    const media = response.content[0]
    if (!media) continue
    for (const example of mediaExamples(media, 'response').slice(0, 3)) {
      const lang = exampleLanguage(media.type, ctx.responseLanguages)
      const value = exampleText(example.value)
      const same = !example.title && shown.find((block) => !block.title && block.lang === lang && block.value === value)
      if (same) same.statuses.push(response.status)
      else shown.push({ statuses: [response.status], title: example.title, lang, value })
    }
  }
  for (const block of shown) {
    out.push(blockquote(paragraph(text(`${block.statuses.join(', ')} response${block.title ? `: ${block.title}` : ''}`))))
    out.push(codeBlock(block.lang, block.value))
  }
  return out
}

/**
 * @param {any} operation  from operations.mjs
 * @param {{ id?: string, depth?: number, origin: string } & Record<string, any>} ctx  the page's context
 *   (describe, warn, nameOf, schemaHref, languageKeys, responseLanguages, schemes, server)
 */
export function operationSection(operation, ctx) {
  // A summary is one line of plain text; one written over several lines gives its first to the heading.
  const [first, ...more] = operation.summary.split('\n')
  const title = first.trim() || operation.operationId || `${operation.method.toUpperCase()} ${operation.path}`
  const rest = more.join('\n').trim()
  return [
    comment(`from ${ctx.origin}`),
    heading(ctx.depth ?? 2, title, ctx.id),
    element('Endpoint', { method: operation.method, operation: operation.operationId || undefined, deprecated: operation.deprecated }, [paragraph(code(operation.path))]),
    ...(rest ? [paragraph(text(rest))] : []),
    // A problem in the description is reported at the description, the rest at the operation.
    ...(operation.description ? [comment(`from ${ctx.origin}/description`), ...ctx.describe(operation.description, 'description'), comment(`from ${ctx.origin}`)] : []),
    ...securityBlocks(operation, ctx.schemes),
    ...parameterBlocks(operation, ctx),
    ...bodyBlocks(operation.requestBody, ctx, operation.webhook ? 'Payload' : 'Request body'),
    ...responseBlocks(operation, ctx),
    ...callbackBlocks(operation, ctx),
    ...exampleBlocks(operation, ctx),
  ]
}
