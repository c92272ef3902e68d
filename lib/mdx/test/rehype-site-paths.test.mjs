import { test } from 'node:test'
import assert from 'node:assert/strict'
import { compile } from '@mdx-js/mdx'
import rehypeSitePaths from '../rehype-site-paths.mjs'

const page = `# Install

Read [the guide](/guide/#setup), the [spec](/spec.json) and [elsewhere](https://example.com/x/).

![The board](/images/board.svg)

![The first board](/images/first-board.svg)

<a href="/flashing/">Flashing</a> <img src="/images/board.svg" alt="again" /> [here](#local) [up](../x/)
`

/** The addresses in a page compiled with the plugin (options as given). */
async function addresses(options) {
  const code = String(await compile(page, { rehypePlugins: [[rehypeSitePaths, options]] }))
  return [...code.matchAll(/(?:href|src): "([^"]*)"/g)].map((m) => m[1])
}

test('links and pictures from the root take the tree’s prefix; shared pictures the base path', async () => {
  assert.deepEqual(await addresses({ prefix: '/docs/1.x', basePath: '/docs', own: ['/images/first-board.svg'] }), [
    '/docs/1.x/guide/#setup', '/docs/spec.json', 'https://example.com/x/', '/docs/images/board.svg', '/docs/1.x/images/first-board.svg',
    '/docs/1.x/flashing/', '/docs/images/board.svg', '#local', '../x/',
  ])
})

test('a site at a host’s root is left as written', async () => {
  assert.deepEqual(await addresses({}), ['/guide/#setup', '/spec.json', 'https://example.com/x/', '/images/board.svg', '/images/first-board.svg', '/flashing/', '/images/board.svg', '#local', '../x/'])
})
