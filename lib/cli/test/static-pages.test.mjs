import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeStaticPages, staticPage } from '../static-pages.mjs'

// The shape of a page as Next 16 exports it: its chunks, its bootstrap, the inline RSC payload.
const NEXT_PAGE = [
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script>(function h(a){document.documentElement.dataset.theme=a})("dark")</script>',
  '</head><body><main><h1>Kittens</h1></main>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  '</body></html>',
].join('')
const ISLANDS = { entry: '/_portal/islands-X.js', preload: ['/_portal/chunk-Y.js'] }

test("a page keeps what it shows and its own scripts, and loses Next's runtime and payload", () => {
  const page = staticPage(NEXT_PAGE, ISLANDS)
  assert.match(page, /<h1>Kittens<\/h1>/)
  assert.match(page, /href="\/_next\/static\/chunks\/a\.css"/)
  assert.match(page, /dataset\.theme=a/)
  assert.doesNotMatch(page, /_next\/static\/chunks\/b\.js|__next_f|TURBOPACK/)
  assert.match(page, /<link rel="modulepreload" href="\/_portal\/chunk-Y\.js"\/><script type="module" src="\/_portal\/islands-X\.js"><\/script><\/head>/)
})

test('the export loses the files no reader fetches: RSC payloads, Next chunks, its 404 copy', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'static-pages-'))
  const write = (file, text = '') => {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
    fs.writeFileSync(path.join(out, file), text)
  }
  for (const file of ['kittens/index.txt', 'kittens/__next._full.txt', 'kittens/__next.$d$slug.__PAGE__.txt', '_next/static/chunks/b.js', '_next/static/build-id/_buildManifest.js', '_not-found/index.html']) write(file)
  write('kittens/index.html', NEXT_PAGE)
  write('_next/static/chunks/a.css', 'body{}')
  write('llms.txt', '# Docs')
  try {
    const { pages, removed } = makeStaticPages(out, ISLANDS)
    assert.deepEqual({ pages, removed }, { pages: 1, removed: 5 })
    const left = fs.readdirSync(out, { recursive: true }).filter((f) => fs.statSync(path.join(out, f)).isFile()).sort()
    assert.deepEqual(left, ['_next/static/chunks/a.css', 'kittens/index.html', 'llms.txt'])
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
  }
})
