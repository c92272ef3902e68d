import { test } from 'node:test'
import assert from 'node:assert/strict'
import { absoluteUrl, basePathProblem, groupAddress, pageAddress, servedPath, treePrefix } from '../page-address.mjs'

test('a tree is served under the base path, then its version, then its locale', () => {
  assert.equal(treePrefix({}), '')
  assert.equal(treePrefix({ basePath: '/docs' }), '/docs')
  assert.equal(treePrefix({ version: '1.x' }), '/1.x')
  assert.equal(treePrefix({ basePath: '/docs', version: '1.x' }), '/docs/1.x')
  assert.equal(treePrefix({ basePath: '/org/docs', version: '1.x', locale: 'ko' }), '/org/docs/1.x/ko')
  assert.equal(treePrefix({ locale: 'ko' }), '/ko')
})

test('pages, groups and the home page take the prefix', () => {
  assert.equal(pageAddress('index'), '/')
  assert.equal(pageAddress('kittens'), '/kittens/')
  assert.equal(pageAddress('index', 'index', '/docs/1.x'), '/docs/1.x/')
  assert.equal(pageAddress('kittens', 'index', '/docs/1.x'), '/docs/1.x/kittens/')
  assert.equal(pageAddress('intro', 'intro', '/docs'), '/docs/')
  assert.equal(groupAddress('wiring', '/docs/1.x'), '/docs/1.x/category/wiring/')
  assert.equal(groupAddress('wiring'), '/category/wiring/')
})

test('a path written in content: a page is the tree’s, a file its own or the shared one at the base path', () => {
  const paths = { prefix: '/docs/1.x', basePath: '/docs', own: ['/images/first-board.svg'] }
  assert.equal(servedPath('/kittens/#get-all-kittens', paths), '/docs/1.x/kittens/#get-all-kittens')
  assert.equal(servedPath('/', paths), '/docs/1.x/')
  assert.equal(servedPath('/v3.html#list', paths), '/docs/1.x/v3.html#list')
  assert.equal(servedPath('/images/board.svg', paths), '/docs/images/board.svg')
  assert.equal(servedPath('/images/first-board.svg?v=2', paths), '/docs/1.x/images/first-board.svg?v=2')
  // Not a path from the root: left as written.
  for (const url of ['#x', 'kittens/', '../x/', '//cdn.example.com/x.js', 'https://example.com/', 'mailto:a@b.c']) assert.equal(servedPath(url, paths), url)
  assert.equal(servedPath('/kittens/', {}), '/kittens/')
})

test('an absolute address is siteUrl’s origin and the address (which carries the base path)', () => {
  assert.equal(absoluteUrl('https://docs.example.com', '/docs/kittens/'), 'https://docs.example.com/docs/kittens/')
  assert.equal(absoluteUrl('https://org.github.io/repo/', '/repo/kittens.md'), 'https://org.github.io/repo/kittens.md')
})

test('a base path is a path: a leading /, no / at the end, no address', () => {
  for (const good of ['', '/docs', '/org/docs', '/v1.2_x~y-z']) assert.equal(basePathProblem(good), null, good)
  assert.match(basePathProblem('docs'), /does not start with \//)
  assert.match(basePathProblem('/docs/'), /ends with \//)
  assert.match(basePathProblem('/'), /root/)
  assert.match(basePathProblem('https://example.com/docs'), /address/)
  assert.match(basePathProblem('/a//b'), /empty/)
  assert.match(basePathProblem('/a/../b'), /"\.\."/)
  assert.match(basePathProblem('/my docs'), /characters/)
  assert.match(basePathProblem(3), /not text/)
})
