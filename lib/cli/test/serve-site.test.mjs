// npm start's server on a small export built for /docs: what a static host would answer.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { recordBuild } from '../reuse-trees.mjs'
import { serveSite } from '../serve-site.mjs'

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-site-'))
let origin
let server
const get = (address, headers = {}) => fetch(`${origin}${address}`, { redirect: 'manual', headers })

before(async () => {
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
    fs.writeFileSync(path.join(out, file), text)
  }
  write('index.html', '<p>home</p>')
  write('404.html', '<p>not found</p>')
  write('1.x/index.html', '<p>version 1</p>')
  write('1.x/kittens.md', '# Kittens')
  write('search/index.abc123.json', '{}')
  recordBuild(out, { basePath: '/docs', hashes: { scripts: ["'sha256-abc='"], styles: [] }, trees: {} })
  ;({ server } = await serveSite({ outDir: out, port: 0, host: '127.0.0.1' }))
  origin = `http://127.0.0.1:${server.address().port}`
})
after(() => {
  server.close()
  fs.rmSync(out, { recursive: true, force: true })
})

test('the export is served under its base path, a version folder (named with a dot) at its index', async () => {
  assert.equal(await (await get('/docs/')).text(), '<p>home</p>')
  assert.equal(await (await get('/docs/1.x/')).text(), '<p>version 1</p>')
  const bare = await get('/docs/1.x?lang=shell')
  assert.equal(bare.status, 301)
  assert.equal(bare.headers.get('location'), '/docs/1.x/?lang=shell')
})

test('anything else is the 404 page with status 404: outside the base path, missing, or no address at all', async () => {
  for (const address of ['/', '/index.html', '/docs/nope/', '/docs/%', '/docs/%00/', '/docs/../../etc/passwd']) {
    const response = await get(address)
    assert.equal(response.status, 404, address)
    assert.equal(await response.text(), '<p>not found</p>', address)
  }
})

test("serve.json's headers, the policy with the build's hashes, gzip for text", async () => {
  const page = await get('/docs/', { 'accept-encoding': 'gzip' })
  assert.match(page.headers.get('content-security-policy'), /script-src 'self' 'sha256-abc='; style-src 'self';.*frame-ancestors 'none'/)
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff')
  assert.equal(page.headers.get('content-encoding'), 'gzip')
  assert.equal((await get('/docs/1.x/kittens.md')).headers.get('content-type'), 'text/markdown; charset=utf-8')
  assert.equal((await get('/docs/search/index.abc123.json')).headers.get('cache-control'), 'public, max-age=31536000, immutable')
})
