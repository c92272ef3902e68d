/**
 * The engines compared, behind one interface, so the harness measures each the same way:
 *   build(sections) -> built index      serialize(built) -> string, the bytes as shipped
 *   load(string) -> searcher            search(searcher, query) -> ids, best first
 * Libraries are imported inside load/build so a fresh process pays for importing them too.
 * Records are the portal's search records; lunr and MiniSearch see a section as Slate does, its
 * heading as the title and everything under it (prose and code) as the body.
 * @typedef {{ href: string, anchor: string, path: string[], text: string, code: string }} Rec
 */

const asSection = (record, id) => ({ id, title: record.path.at(-1), body: `${record.text} ${record.code}` })

/** lunr 2.3.9 set up exactly as Slate's app/_search.js does, and searched as it does. */
export const lunrSlate = {
  name: 'lunr',
  label: 'lunr 2.3.9 (Slate)',
  async build(sections) {
    const { default: lunr } = await import('lunr')
    return lunr(function () {
      this.ref('id')
      this.field('title', { boost: 10 })
      this.field('body')
      this.pipeline.add(lunr.trimmer, lunr.stopWordFilter)
      sections.forEach((record, i) => this.add(asSection(record, i)))
    })
  },
  serialize: (index) => JSON.stringify(index),
  async load(text) {
    const { default: lunr } = await import('lunr')
    return lunr.Index.load(JSON.parse(text))
  },
  search(index, query) {
    try {
      return index.search(query).filter((r) => r.score > 0.0001).map((r) => r.ref)
    } catch {
      // Slate passes the raw input to lunr's query parser; input it cannot parse finds nothing.
      return []
    }
  },
}

// MiniSearch as a team would set it up from its README: prefix and fuzzy search, title boosted.
const MINI_OPTIONS = { fields: ['title', 'body'], searchOptions: { boost: { title: 10 }, prefix: true, fuzzy: 0.2 } }

export const miniSearch = {
  name: 'minisearch',
  label: 'MiniSearch 7',
  async build(sections) {
    const { default: MiniSearch } = await import('minisearch')
    const index = new MiniSearch(MINI_OPTIONS)
    index.addAll(sections.map(asSection))
    return index
  },
  serialize: (index) => JSON.stringify(index),
  async load(text) {
    const { default: MiniSearch } = await import('minisearch')
    return MiniSearch.loadJSON(text, MINI_OPTIONS)
  },
  search: (index, query) => index.search(query).map((r) => r.id),
}

/** The portal's FlexSearch index: the file the build writes (records + index + vocabulary), as is. */
export const portal = {
  name: 'flexsearch',
  label: 'portal (FlexSearch 0.8)',
  async build(records) {
    const { exportSearch } = await import('../search/query.mjs')
    const { searchJson } = await import('../search/pack.mjs')
    return { json: searchJson(exportSearch(records)) }
  },
  serialize: (data) => data.json,
  async load(text) {
    const { importSearch } = await import('../search/query.mjs')
    return importSearch(JSON.parse(text))
  },
  search: (searcher, query) => searcher.search(query).results.map((r) => r.id),
}

export const ENGINES = [lunrSlate, miniSearch, portal]
