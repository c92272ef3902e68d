/**
 * What a reference must show, read from the spec itself and not from the pages made of it (for
 * `npm run conformance:openapi`): every operation (and 3.1 webhook) with its method, path,
 * summary, parameter names, response status codes and the anchor its operationId gives.
 */
import { METHODS } from './read-spec.mjs'
import { slateSlug } from '../mdx/slate-slug.mjs'

const list = (value) => (Array.isArray(value) ? value : [])

/** @param {any} api  the document with its `$ref`s resolved */
export function specInventory(api) {
  const operations = []
  const add = (where, route, item, method, webhook) => {
    const operation = item[method]
    const parameters = [...list(item.parameters), ...list(operation.parameters)]
      // A Swagger 2.0 body parameter's name is not shown: the body is.
      .filter((p) => p && typeof p.name === 'string' && p.in !== 'body')
      .map((p) => p.name)
    operations.push({
      where,
      webhook,
      method: method.toUpperCase(),
      path: route,
      summary: typeof operation.summary === 'string' ? operation.summary.trim() : '',
      operationId: typeof operation.operationId === 'string' ? operation.operationId : '',
      anchor: typeof operation.operationId === 'string' ? slateSlug(operation.operationId) : '',
      parameters: [...new Set(parameters)],
      statuses: Object.keys(operation.responses ?? {}),
    })
  }
  for (const [route, item] of Object.entries(api.paths ?? {})) for (const method of METHODS) if (item?.[method]) add(`${method.toUpperCase()} ${route}`, route, item, method, false)
  for (const [name, item] of Object.entries(api.webhooks ?? {})) for (const method of METHODS) if (item?.[method]) add(`webhook ${name}`, name, item, method, true)
  return operations
}
