/**
 * A whole reference as pages (mdast): an introduction (the API's description, servers and ways to
 * authenticate), one page per tag in the document's order with each operation a section, untagged
 * operations on a page of their own, 3.1 webhooks on another, and a Schemas page describing each
 * type that a page only links to (a recursive one, or one nested too deep to repeat in full).
 *
 * Slugs: the reference's `slug` is its introduction; the other pages are `<slug>-<tag>`,
 * `<slug>-operations`, `<slug>-webhooks` and `<slug>-schemas`. An operation's anchor is its
 * operationId as Slate made anchors (`getPetById` → `#getpetbyid`), else its heading's.
 */
import path from 'node:path'
import { createSlugger, slateSlug } from '../mdx/slate-slug.mjs'
import { descriptionBlocks } from './description.mjs'
import { codeBlock, comment, heading, paragraph, text } from './mdast.mjs'
import { operationSection } from './operation-section.mjs'
import { schemaBlocks } from './schema-fields.mjs'
import { exampleText, sampled } from './examples.mjs'
import { referenceNavigation } from './navigation.mjs'
import { introBlocks } from './intro-section.mjs'

const pointer = (keys) => keys.map((k) => String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

/** Plans every page's slug and every operation's page and anchor, so links can be resolved before writing. */
function plan(model, slug) {
  const slugs = createSlugger()
  slugs.reserve(slug)
  const pages = [{ kind: 'intro', slug, title: model.title, operations: [] }]
  const pageSlug = (name) => slugs.slug(`${slug}-${slateSlug(name)}`)
  for (const tag of model.tags) {
    if (!tag.operations.length && !tag.description) continue
    pages.push({ kind: 'tag', slug: pageSlug(tag.name), title: tag.title, tag, operations: tag.operations })
  }
  if (model.untagged.length) pages.push({ kind: 'untagged', slug: pageSlug('operations'), title: pages.length > 1 ? 'Other operations' : 'Operations', operations: model.untagged })
  if (model.webhooks.length) pages.push({ kind: 'webhooks', slug: pageSlug('webhooks'), title: 'Webhooks', operations: model.webhooks })
  const schemas = { kind: 'schemas', slug: pageSlug('schemas'), title: 'Schemas', operations: [] }
  const anchors = new Map()
  for (const page of pages) {
    const ids = createSlugger()
    for (const operation of page.operations) {
      if (!operation.operationId) continue
      const id = ids.slug(slateSlug(operation.operationId))
      anchors.set(operation, { page: page.slug, id })
    }
  }
  return { pages, schemas, anchors }
}

/**
 * @param {{ model: any, spec: { file: string, slug: string, originOf: WeakMap<object, any>, nameOf: WeakMap<object, string> },
 *   settings: { languageTabs: { key: string }[], responseLanguages: string[], pages: string[] }, contentDir: string, warn: (where: string, message: string) => void }} input
 * @returns {{ pages: { slug: string, title: string, tree: any }[], navigation: any, languageLabels: Map<string, string> }}
 *   languageLabels: the display names of sample languages the spec's own samples use, by key
 */
export function referencePages({ model, spec, settings, contentDir, warn }) {
  const { pages, schemas, anchors } = plan(model, spec.slug)
  const origin = (object, fallback) => {
    const found = spec.originOf.get(object) ?? fallback
    return `${path.relative(contentDir, found.file).split(path.sep).join('/')}#/${pointer(found.keys)}`
  }
  const byOperationId = new Map([...anchors].map(([operation, at]) => [operation.operationId, at]))
  // Redoc writes a tag's spaces as dashes in its links (`#tag/Domain-Records`).
  const byTag = new Map(pages.filter((p) => p.tag).flatMap((p) => [[p.tag.name, p.slug], [p.tag.name.replace(/\s+/g, '-'), p.slug]]))
  const href = (page, id) => `/${page}/${id ? `#${id}` : ''}`

  // A link to a page of the site stays (the content check then holds it to an existing page and anchor).
  const sitePages = new Set([...settings.pages, ...pages.map((p) => p.slug)])
  const onSite = (url) => /^\/(?!\/)/.test(url) && sitePages.has(url.replace(/^\/|[/#?].*$/g, '') || 'index')
  /** Redoc's and Slate's in-document links, resolved to the page and anchor they now have. */
  const resolveLink = (url) => {
    if (/^(https?:|mailto:)/i.test(url) || onSite(url)) return url
    const hash = decodeURIComponent(url.replace(/^#/, ''))
    const operation = /(?:^|\/)operation\/([^/]+)$/.exec(hash)?.[1]
    if (url.startsWith('#') && operation && byOperationId.has(operation)) return href(byOperationId.get(operation).page, byOperationId.get(operation).id)
    const tag = /^tag\/([^/]+)$/.exec(hash)?.[1]
    if (url.startsWith('#') && tag && byTag.has(tag)) return href(byTag.get(tag))
    if (url.startsWith('#') && byOperationId.has(hash)) return href(byOperationId.get(hash).page, byOperationId.get(hash).id)
    return undefined
  }

  const languageLabels = new Map()
  const cut = new Map()
  const schemaIds = createSlugger()
  const schemaHref = (name, schema) => {
    if (!cut.has(schema)) cut.set(schema, { name, id: schemaIds.slug(slateSlug(`schema-${name}`)), done: false })
    return `/${schemas.slug}/#${cut.get(schema).id}`
  }
  // A shared type's descriptions come again and again: each text is read once, its warnings told at each place.
  const read = new Map()
  const describe = (text, headingDepth, where) => {
    if (typeof text !== 'string' || !text.trim()) return []
    const key = `${headingDepth}\0${text}`
    if (!read.has(key)) {
      const messages = []
      read.set(key, { blocks: descriptionBlocks(text, { headingDepth, link: resolveLink, warn: (message) => messages.push(message) }), messages })
    }
    const { blocks, messages } = read.get(key)
    for (const message of messages) warn(where, message)
    return structuredClone(blocks)
  }
  const context = (where, headingDepth) => ({
    // `key`: the key of the object at `where` that holds the text, so a warning points at it.
    describe: (text, key) => describe(text, headingDepth, key ? `${where}/${key}` : where),
    // A schema's description: its warnings point into the file and object the schema is written in.
    describeOf: (text, object) => describe(text, headingDepth, spec.originOf.has(object) ? `${origin(object)}/description` : where),
    warn: (message) => warn(where, message),
    nameOf: spec.nameOf,
    schemaHref,
    direction: 'response',
    languageKeys: settings.languageTabs.map((tab) => tab.key),
    languageLabels,
    responseLanguages: settings.responseLanguages,
    schemes: model.securitySchemes,
    server: model.server,
  })
  const header = comment(`Made from ${path.relative(contentDir, spec.file).split(path.sep).join('/')} at every build: edit the spec, not this page.`)

  const out = pages.map((page) => {
    const shown = new Set()
    const where = origin(page.tag?.source ?? {}, { file: spec.file, keys: page.tag ? ['tags'] : ['info', 'description'] })
    const children = [header, comment(`from ${where}`), heading(1, page.title)]
    if (page.kind === 'intro') children.push(...introBlocks(model, context(where, 2)))
    if (page.tag?.description) children.push(...context(where, 2).describe(page.tag.description))
    // Without a description of its own, a page opens with what it holds (its meta description and llms.txt line too).
    else if (page.operations.length) children.push(paragraph(text(contents(page.operations))))
    for (const operation of page.operations) {
      const from = origin(operation.source, { file: spec.file, keys: page.kind === 'webhooks' ? ['webhooks', operation.path, operation.method] : ['paths', operation.path, operation.method] })
      const ctx = context(from, 4)
      children.push(...operationSection(operation, { ...ctx, shown, origin: from, id: anchors.get(operation)?.id }))
    }
    return { slug: page.slug, title: page.title, tree: { type: 'root', children } }
  })

  // Types a page linked to: each described once here, and the types they link to in turn.
  if (cut.size) {
    const children = [header, heading(1, schemas.title), paragraph(text('The types the reference links to, each described once: a type that contains itself, one nested deeper than a page spells out, and one used again on the same page.'))]
    const shown = new Set()
    for (let fresh = [...cut].filter(([, c]) => !c.done); fresh.length; fresh = [...cut].filter(([, c]) => !c.done)) {
      for (const [schema, entry] of fresh) {
        entry.done = true
        const from = origin(schema, { file: spec.file, keys: [] })
        const ctx = { ...context(from, 4), shown }
        shown.add(schema)
        const example = sampled(schema, 'response')
        children.push(comment(`from ${from}`), heading(2, entry.name, entry.id), ...schemaBlocks(schema, ctx, entry.name))
        if (example !== undefined) children.push(codeBlock(settings.responseLanguages.includes('json') ? 'json' : settings.responseLanguages[0] ?? 'json', exampleText(example)))
      }
    }
    out.push({ slug: schemas.slug, title: schemas.title, tree: { type: 'root', children } })
  }
  return { pages: out, navigation: referenceNavigation(model, out, pages), languageLabels }
}

/** `3 operations: List pets, Add a pet and Find a pet by id.` (the first five named). */
function contents(operations) {
  const names = operations.map((o) => o.summary.split('\n')[0].trim() || o.operationId || `${o.method.toUpperCase()} ${o.path}`)
  const shown = names.slice(0, 5)
  const rest = names.length - shown.length
  const list = rest ? `${shown.join(', ')} and ${rest} more` : shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0]
  const kind = operations[0]?.webhook ? 'webhook' : 'operation'
  return `${names.length} ${kind}${names.length === 1 ? '' : 's'}: ${list}.`
}
