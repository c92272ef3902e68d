/**
 * TEMPORARY stand-in for the portal's search (issue 4) with the same exportSearch/importSearch
 * shape, used only on a branch where lib/search-query.mjs is not there yet. Delete it once it is.
 */
import { Document } from 'flexsearch'

const options = () => ({ cache: false, document: { id: 'id', index: ['title', 'text', 'code'] }, tokenize: 'forward' })

export function exportSearch(records) {
  const index = new Document(options())
  records.forEach((r, id) => index.add({ id, title: r.path.at(-1), text: r.text, code: r.code }))
  const parts = {}
  index.export((key, data) => {
    parts[key] = data
  })
  return { records, index: parts }
}

export function importSearch(data) {
  const index = new Document(options())
  for (const [key, part] of Object.entries(data.index)) index.import(key, part)
  return {
    search(query, limit = 10) {
      const ids = new Set()
      for (const { result } of index.search(query, { limit })) for (const id of result) ids.add(id)
      return { results: [...ids].slice(0, limit).map((id) => ({ id })) }
    },
  }
}
