import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readPageTree } from '../page-tree.mjs'
import { siteManifest } from '../site-manifest.mjs'
import { groupListing, navFile, neighbours, sidebarFor } from '../sidebar.mjs'
import { llmsTxt } from '../../markdown/llms-txt.mjs'

/** A site as read-site.mjs hands it over, from a `pages` tree alone. */
function siteOf(pages) {
  const { tree, slugs } = readPageTree(JSON.stringify({ title: 'T', pages }))
  const settings = { title: 'Docs', description: '', siteUrl: 'https://docs.example.com', pages: slugs, pageTree: tree }
  const facts = slugs.map((slug) => ({ slug, href: slug === 'index' ? '/' : `/${slug}/`, title: slug.toUpperCase(), description: `About ${slug}.`, headings: [], groups: [], editHref: null, updated: null }))
  return siteManifest({ settings, home: 'index', languages: [], pages: facts, records: [] })
}

const site = siteOf(['index', { title: 'Guides', pages: ['a', { title: 'Wiring', pages: ['b', 'c'] }] }, { title: 'API', pages: ['d'] }, 'e'])
const shape = (entries) => entries.map((e) => (e.kind === 'page' ? e.slug : { [e.id]: e.open ? shape(e.entries) : 'closed' }))

test('a page shows the top level, and opens only the groups that hold it', () => {
  assert.deepEqual(shape(sidebarFor(site, { slug: 'b' })), ['index', { guides: ['a', { wiring: ['b', 'c'] }] }, { api: 'closed' }, 'e'])
  assert.deepEqual(shape(sidebarFor(site, { slug: 'e' })), ['index', { guides: 'closed' }, { api: 'closed' }, 'e'])
})

test("a group's page opens that group and its parents", () => {
  assert.deepEqual(shape(sidebarFor(site, { group: 'wiring' })), ['index', { guides: ['a', { wiring: ['b', 'c'] }] }, { api: 'closed' }, 'e'])
  assert.deepEqual(groupListing(site, 'guides'), [
    { title: 'A', href: '/a/', description: 'About a.', group: false },
    { title: 'Wiring', href: '/category/wiring/', group: true },
  ])
})

test('what a page shows of the sidebar does not grow with the groups it is not in', () => {
  const big = siteOf(['index', ...Array.from({ length: 50 }, (_, g) => ({ title: `Group ${g}`, pages: Array.from({ length: 40 }, (_, p) => `p${g}-${p}`) }))])
  const count = (entries) => entries.reduce((n, e) => n + 1 + (e.kind === 'group' ? count(e.entries) : 0), 0)
  assert.equal(count(sidebarFor(big, { slug: 'p7-3' })), 1 + 50 + 40)
})

test('previous and next follow the sidebar across groups', () => {
  assert.deepEqual(neighbours(site, 'a'), { prev: { href: '/', title: 'INDEX' }, next: { href: '/b/', title: 'B' } })
  assert.deepEqual(neighbours(site, 'c'), { prev: { href: '/b/', title: 'B' }, next: { href: '/d/', title: 'D' } })
  assert.deepEqual(neighbours(site, 'e').next, undefined)
})

test('the nav file holds every group and is named by its content', () => {
  const { name, text } = navFile(site)
  assert.match(name, /^nav-[0-9a-f]{16}\.json$/)
  assert.deepEqual(JSON.parse(text).guides, [{ h: '/a/', t: 'A' }, { g: 'wiring', t: 'Wiring' }])
  assert.notEqual(navFile(siteOf(['index', { title: 'Guides', pages: ['a'] }])).name, name)
})

test('llms.txt lists each group under its title, nested groups after their parents', () => {
  const text = llmsTxt({ settings: site.settings, pages: site.order.map((slug) => site.pages[slug]), groups: site.groups })
  const sections = text.split('\n').filter((line) => line.startsWith('## ') || line.startsWith('- ')).map((line) => line.replace(/\]\(.*/, ']'))
  assert.deepEqual(sections, ['## Docs', '- [INDEX]', '## Guides', '- [A]', '## Guides › Wiring', '- [B]', '- [C]', '## API', '- [D]', '## Docs', '- [E]'])
})
