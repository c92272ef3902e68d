import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { pageCache } from '../../content/page-cache.mjs'
import { readTrees } from '../read-trees.mjs'
import { folderKey, portalKey, recordBuild, treeKey } from '../reuse-trees.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** A site with a current version (index, guide) and 1.x (index, guide, old), and a place for its export. */
function site(t) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reuse-'))
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  write('content/site.json', JSON.stringify({ title: 'Docs', versions: [{ name: '1.x' }], pages: ['index', 'guide'] }))
  write('content/index.mdx', '# Home\n\nWelcome.\n')
  write('content/guide.mdx', '# Guide\n\nThe guide.\n')
  write('content/versions/1.x/site.json', JSON.stringify({ title: 'Docs', pages: ['index', 'guide', 'old'] }))
  for (const slug of ['index', 'guide', 'old']) write(`content/versions/1.x/${slug}.mdx`, `# ${slug}\n\nVersion 1 text.\n`)
  const options = { root, content: path.join(dir, 'content'), siteDir: path.join(dir, 'site'), out: path.join(dir, 'out'), work: '-test', cache: pageCache(null) }
  /** Reads the trees as the build does and keeps the record the build would; says what was reused. */
  const build = async (extra = {}) => {
    const read = await readTrees({ ...options, ...extra })
    assert.deepEqual(read.errors, [])
    const trees = {}
    for (const { tree, site: s, key } of read.built) if (key) trees[tree.name] = { key, slugs: s.pages.map((p) => p.slug), hashes: { scripts: [], styles: [] } }
    for (const { tree, last } of read.reused) trees[tree.name] = last
    fs.mkdirSync(path.join(options.out, '1.x'), { recursive: true })
    fs.writeFileSync(path.join(options.out, '1.x', 'index.html'), '')
    recordBuild(options.out, { basePath: read.basePath, hashes: { scripts: [], styles: [] }, trees })
    return { built: read.built.map((b) => b.tree.name || 'current'), reused: read.reused.map((r) => r.tree.name) }
  }
  return { dir, write, build }
}

test('an older version unchanged since the last build is reused; the current content is always built', async (t) => {
  const { write, build } = site(t)
  assert.deepEqual(await build(), { built: ['current', '1.x'], reused: [] })
  assert.deepEqual(await build(), { built: ['current'], reused: ['1.x'] })
  // Only the current content changed: 1.x is still what it was.
  write('content/guide.mdx', '# Guide\n\nThe guide, rewritten.\n')
  assert.deepEqual(await build(), { built: ['current'], reused: ['1.x'] })
  // --full reuses nothing.
  assert.deepEqual(await build({ full: true }), { built: ['current', '1.x'], reused: [] })
})

test('a version is built again when its own files change, or what its pages show of the current one', async (t) => {
  const { write, build } = site(t)
  await build()
  write('content/versions/1.x/old.mdx', '# old\n\nFixed in version 1.\n')
  assert.deepEqual(await build(), { built: ['current', '1.x'], reused: [] })
  // The current version gains a page 1.x has: 1.x's banner and canonical link for it change.
  write('content/old.mdx', '# Old\n\nNow current too.\n')
  write('content/site.json', JSON.stringify({ title: 'Docs', versions: [{ name: '1.x' }], pages: ['index', 'guide', 'old'] }))
  assert.deepEqual(await build(), { built: ['current', '1.x'], reused: [] })
  // A page 1.x does not have changes nothing for it.
  write('content/new.mdx', '# New\n\nOnly in the current version.\n')
  write('content/site.json', JSON.stringify({ title: 'Docs', versions: [{ name: '1.x' }], pages: ['index', 'guide', 'old', 'new'] }))
  assert.deepEqual(await build(), { built: ['current'], reused: ['1.x'] })
  // The version menu is on every page.
  write('content/site.json', JSON.stringify({ title: 'Docs', versionLabel: '2.x', versions: [{ name: '1.x' }], pages: ['index', 'guide', 'old', 'new'] }))
  assert.deepEqual(await build(), { built: ['current', '1.x'], reused: [] })
  // So is the base path.
  assert.deepEqual((await build({})).reused, ['1.x'])
  process.env.BASE_PATH = '/docs'
  try {
    assert.deepEqual(await build(), { built: ['current', '1.x'], reused: [] })
  } finally {
    delete process.env.BASE_PATH
  }
})

test('the key: the same inputs give the same key, any one changed another', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reuse-key-'))
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  fs.writeFileSync(path.join(dir, 'a.mdx'), '# A\n')
  const parts = { folder: folderKey(dir), portal: portalKey(root), shared: 'none', origin: 'https://docs.example.com', tree: { prefix: '/1.x', versions: ['1.x'] } }
  assert.equal(treeKey(parts), treeKey({ ...parts }))
  assert.equal(portalKey(root), portalKey(root))
  for (const change of [{ portal: 'other' }, { shared: 'other' }, { origin: 'https://other.example.com' }, { tree: { prefix: '/docs/1.x', versions: ['1.x'] } }]) {
    assert.notEqual(treeKey({ ...parts, ...change }), treeKey(parts), JSON.stringify(change))
  }
  fs.writeFileSync(path.join(dir, 'a.mdx'), '# A, changed\n')
  assert.notEqual(folderKey(dir), parts.folder)
})
