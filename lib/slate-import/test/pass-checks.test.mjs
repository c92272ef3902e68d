/** The last guard: whatever still fails the content checks is made readable text, with a warning. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { VFile } from 'vfile'
import { passChecks } from '../pass-checks.mjs'
import { pageProcessor } from '../../content/load-site.mjs'
import { idsIn } from '../../content/check-content.mjs'
import { checkPageTree } from '../../content/check-page-tree.mjs'

const settings = { responseLanguages: ['json'], languageTabs: [{ key: 'shell' }] }

function problemsOf(pages) {
  const processor = pageProcessor(settings)
  const trees = pages.map((p) => processor.runSync(processor.parse(new VFile({ value: p.mdx }))))
  const anchors = new Map(pages.map((p, i) => [p.slug, idsIn(trees[i])]))
  return pages.flatMap((p, i) => checkPageTree({ slug: p.slug, tree: trees[i] }, { anchors, broken: new Set(), inPublic: () => false }).map((x) => x.message))
}

test('what the content check refuses becomes text, each with a warning, and the pages then pass', () => {
  const pages = [
    { slug: 'index', mdx: '# Home\n\nUse {marketCode} here, see [the orders](/orders/#nope) and <a href="#gone">this</a>.\n\n<x-player src="/a.mp4">Player words</x-player>\n\n![Wiring](/images/none.png)\n\n[ref]: /orders/#missing\n' },
    { slug: 'orders', mdx: '# Orders\n\n## List\n\nSee [the list](#list).\n' },
  ]
  const warnings = []
  passChecks(pages, settings, { inPublic: () => false, warn: (at, message) => warnings.push(`${at} ${message}`) })
  assert.deepEqual(problemsOf(pages), [])
  assert.equal(pages[0].mdx, '# Home\n\nUse \\{marketCode\\} here, see the orders and <a>this</a>.\n\nPlayer words\n\n*Picture: Wiring (/images/none.png, missing)*\n\n[ref]: #\n')
  assert.equal(pages[1].mdx, '# Orders\n\n## List\n\nSee [the list](#list).\n', 'a page that passes is left as it was')
  assert.deepEqual(warnings.map((w) => w.replace(/ — .*/, '')), [
    'index.mdx:3 `{marketCode}` would run as JavaScript',
    'index.mdx:3 link to `/orders/#nope`: page "orders" has no anchor #nope',
    'index.mdx:3 link to `#gone`: page "index" has no anchor #gone',
    'index.mdx:5 `<x-player>` has no Markdown rendering, so /index.md and llms-full.txt would lose it',
    'index.mdx:7 picture `/images/none.png` is not in public/',
    'index.mdx:9 link to `/orders/#missing`: page "orders" has no anchor #missing',
  ])
})
