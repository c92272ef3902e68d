import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readSettings } from '../site-settings.mjs'
import { siteTrees, versionMenu } from '../site-trees.mjs'

/** A content folder with this site.json text and these version folders; its trees as the build reads them. */
function treesOf(t, text, { versions = [], basePath, publicNames = [] } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-trees-'))
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }))
  fs.writeFileSync(path.join(dir, 'site.json'), text)
  for (const name of versions) {
    fs.mkdirSync(path.join(dir, 'versions', name), { recursive: true })
    fs.writeFileSync(path.join(dir, 'versions', name, 'site.json'), '{"title": "Old", "pages": ["index"]}')
  }
  for (const name of publicNames) fs.mkdirSync(path.join(dir, 'public', name), { recursive: true })
  return siteTrees(dir, readSettings(dir), { text, rel: 'content/site.json', basePath, sharedPublic: [path.join(dir, 'public')] })
}

const site = (extra) => `{
  "title": "Docs",
${extra}
  "pages": ["index", "kittens"]
}
`

test('the current content at the base path, each older version under it, in the order listed', (t) => {
  const { trees, errors, basePath } = treesOf(t, site(`  "basePath": "/docs",\n  "versionLabel": "3.x",\n  "versions": [{ "name": "2.x", "label": "Firmware 2" }, "1.x"],`), { versions: ['2.x', '1.x'] })
  assert.deepEqual(errors, [])
  assert.equal(basePath, '/docs')
  assert.deepEqual(trees.map(({ name, label, prefix, segments, current }) => ({ name, label, prefix, segments, current })), [
    { name: '', label: '3.x', prefix: '/docs', segments: [], current: true },
    { name: '2.x', label: 'Firmware 2', prefix: '/docs/2.x', segments: ['2.x'], current: false },
    { name: '1.x', label: '1.x', prefix: '/docs/1.x', segments: ['1.x'], current: false },
  ])
  assert.deepEqual(versionMenu(trees).map((v) => [v.label, v.home]), [['3.x', '/docs/'], ['Firmware 2', '/docs/2.x/'], ['1.x', '/docs/1.x/']])
})

test('BASE_PATH wins over site.json; a siteUrl with a path is the base path when none is given', (t) => {
  assert.equal(treesOf(t, site('  "basePath": "/docs",'), { basePath: '/preview' }).basePath, '/preview')
  const fromUrl = treesOf(t, site('  "siteUrl": "https://org.github.io/repo/",'))
  assert.equal(fromUrl.basePath, '/repo')
  assert.deepEqual(fromUrl.warnings, [])
  const other = treesOf(t, site('  "siteUrl": "https://org.github.io/repo/",\n  "basePath": "/docs",'))
  assert.match(other.warnings[0], /^content\/site.json:3:14 warning: "siteUrl" is under \/repo but the site is built for \/docs/)
})

test('a base path that is not a path fails at its place in site.json', (t) => {
  for (const [value, what] of [['docs', 'does not start with /'], ['/docs/', 'ends with /'], ['https://example.com/docs', 'is an address, not a path']]) {
    const { errors } = treesOf(t, site(`  "basePath": "${value}",`))
    assert.deepEqual(errors, [`content/site.json:3:15 "basePath" "${value}" ${what} — write "basePath": "/docs": a leading /, no / at the end, no address, or leave it out to serve the site at the root`])
  }
  const fromEnv = treesOf(t, site(''), { basePath: 'docs/' })
  assert.deepEqual(fromEnv.errors, ['BASE_PATH=docs/ does not start with / — write BASE_PATH=/docs: a leading /, no / at the end, no address, or leave it unset'])
})

test('a listed version without its folder, two versions with one name or URL, a version named like a page: each at its line and column', (t) => {
  const text = site(`  "versions": [
    { "name": "2.x" },
    { "name": "1.x" },
    { "name": "2.X" },
    { "name": "kittens" },
    { "name": "category" },
    { "name": "images" },
    { "name": "1 x" },
    { "label": "Old" }
  ],`)
  const { errors, trees } = treesOf(t, text, { versions: ['2.x', '2.X', 'kittens', 'category', 'images'], publicNames: ['images'] })
  assert.deepEqual(errors, [
    'content/site.json:5:15 version "1.x" is listed but content/versions/1.x/ does not exist — copy the content there with `npm run version:cut 1.x`, or remove the version from "versions"',
    'content/site.json:6:15 version "2.X" is listed twice (as "2.x": one URL on hosts that ignore case), first at 4:15 — give each version its own name',
    'content/site.json:7:15 version "kittens" has the name of a page, so both would be at /kittens/ — rename the version (or the page)',
    'content/site.json:8:15 version "category" would be served at an address the portal uses for itself — choose another name, e.g. "vcategory"',
    'content/site.json:9:15 version "images" has the name of public/images, so both would be at /images/ — rename the version (or that folder)',
    'content/site.json:10:15 version name "1 x" is not a URL segment — name it with letters, digits, ".", "_" and "-", e.g. { "name": "1.x", "label": "Firmware 1.x" }',
    'content/site.json:11:5 a version has no "name" — name it with letters, digits, ".", "_" and "-", e.g. { "name": "1.x", "label": "Firmware 1.x" }',
  ])
  assert.deepEqual(trees.map((tree) => tree.name), ['', '2.x'])
})

test('a version folder not listed is a warning; a list that is no list an error', (t) => {
  const unlisted = treesOf(t, site(''), { versions: ['0.9'] })
  assert.deepEqual(unlisted.errors, [])
  assert.match(unlisted.warnings[0], /^content\/versions\/0\.9\/site\.json:1:1 warning: this version is not listed in content\/site\.json "versions"/)
  assert.match(treesOf(t, site('  "versions": "1.x",')).errors[0], /^content\/site.json:3:15 "versions" must be a list/)
})
