import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { headerPaths, headersFile } from '../host-files.mjs'
import { basePolicy, inlineHashes, policyWith, SERVE_CONFIG, withPolicyMeta } from '../security-policy.mjs'
import { globPattern } from '../glob-pattern.mjs'

const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const page = '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script>boot()</script><style>a{}</style><script src="/x.js"></script></head><body><script>later()</script></body></html>'

test('a page carries its policy first in its head: its own inline scripts and style by hash, nothing inline else', () => {
  const { html, hashes } = withPolicyMeta(page)
  assert.deepEqual(hashes, { scripts: [sha('boot()'), sha('later()')], styles: [sha('a{}')] })
  const policy = /<meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]*)"\/><script>boot/.exec(html)?.[1]
  assert.ok(policy, html)
  assert.match(policy, new RegExp(`script-src 'self' ${sha('boot()').replace(/[+/]/g, '\\$&')} `))
  assert.match(policy, /style-src 'self' 'sha256-/)
  assert.doesNotMatch(policy, /unsafe-inline/)
  // A <meta> policy cannot hold frame-ancestors (browsers ignore it there); the header keeps it.
  assert.doesNotMatch(policy, /frame-ancestors/)
  assert.match(policyWith(hashes), /frame-ancestors 'none'/)
})

test('serve.json allows nothing inline by itself', () => {
  const directives = Object.fromEntries(basePolicy())
  assert.deepEqual(directives['script-src'], ["'self'"])
  assert.deepEqual(directives['style-src'], ["'self'"])
  assert.deepEqual(inlineHashes('<script src="/a.js"></script>'), { scripts: [], styles: [] })
})

test('_headers: serve.json rules under the base path, with this build’s policy; a rule needing two wildcards is left out', () => {
  assert.deepEqual(headerPaths('**', '/docs'), [{ path: '/docs/*', glob: '**' }])
  assert.deepEqual(headerPaths('**/*.md', ''), [{ path: '/*.md', glob: '**/*.md' }])
  assert.deepEqual(headerPaths('**/{llms.txt,llms-full.txt}', '/docs').map((p) => p.path), ['/docs/*llms.txt', '/docs/*llms-full.txt'])
  assert.deepEqual(headerPaths('**/{_portal,_next/static}/**', '/docs').map((p) => p.path), ['/docs/_portal/*', '/docs/_next/static/*'])
  assert.equal(headerPaths('**/search/*.*.json', '/docs')[0].path, null)
  const config = JSON.parse(fs.readFileSync(SERVE_CONFIG, 'utf8'))
  const text = headersFile(config, { basePath: '/docs', hashes: { scripts: [sha('boot()')], styles: [] } })
  assert.match(text, new RegExp(`^/docs/\\*\\n  Content-Security-Policy: default-src 'self'; script-src 'self' ${sha('boot()').replace(/[+/]/g, '\\$&')};`, 'm'))
  assert.match(text, /^\/docs\/\*\.md\n  Content-Type: text\/markdown; charset=utf-8$/m)
  assert.match(text, /^# \*\*\/search\/\*\.\*\.json: two wildcards/m)
  for (const line of text.split('\n')) assert.ok(line.length <= 2000, 'Cloudflare Pages reads lines of at most 2,000 characters')
})

test('npm start matches serve.json’s globs as serve did', () => {
  const md = globPattern('**/*.md')
  assert.ok(md.test('kittens.md') && md.test('1.x/kittens.md') && !md.test('kittens.mdx'))
  const pieces = globPattern('**/search/*.*.json')
  assert.ok(pieces.test('search/index.3268366dbe25.json') && pieces.test('1.x/search/a.b.json') && !pieces.test('search/manifest.json'))
  const assets = globPattern('**/{_portal,_next/static}/**')
  assert.ok(assets.test('_portal/islands-X.js') && assets.test('_next/static/chunks/a.css') && !assets.test('portal/x.js'))
  assert.ok(globPattern('**').test('1.x/install/index.html'))
})
