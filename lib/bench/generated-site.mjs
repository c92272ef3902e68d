/**
 * A generated API reference of any size, for the large-site bench: each page about 8 KB of
 * Markdown (a title, an introduction, and five sections of prose, a five-row parameter table, a
 * Shell and a JavaScript sample), as a mid-sized reference reads once imported. Pages sit in
 * groups of `perGroup`, nested so that no level holds more than `perLevel` groups: a sidebar
 * shows at most a few dozen entries at any size, as a real site's would.
 *
 * The same page N is the same text at every size, so a page's weight can be compared across sizes.
 */
import fs from 'node:fs'
import path from 'node:path'

const WORDS = ('account address amount api balance batch cable card charge charger client code connector contactor '
  + 'controller create current customer date delete device energy error event field filter firmware group header '
  + 'identifier install invoice key label level limit list load location meter mode network order page payload '
  + 'permission phase port power price query rate record reference region request resource response schedule '
  + 'session setting site socket status station tariff terminal token update user value vehicle voltage webhook').split(' ')

/** A small deterministic generator, so every run writes the same site. */
function words(seed) {
  let state = seed >>> 0 || 1
  return (n) => Array.from({ length: n }, () => {
    state = (state * 1103515245 + 12345) >>> 0
    return WORDS[(state >>> 8) % WORDS.length]
  }).join(' ')
}

const sentence = (pick, n) => {
  const text = pick(n)
  return `${text[0].toUpperCase()}${text.slice(1)}.`
}

/** One page's Markdown: about 8 KB. */
export function pageMarkdown(n) {
  const pick = words(n * 7919 + 13)
  const title = `Resource ${n}`
  const sections = Array.from({ length: 5 }, (_, s) => {
    const name = ['List', 'Get', 'Create', 'Update', 'Delete'][s]
    const rows = Array.from({ length: 5 }, (_, r) => `| ${pick(1)}_${r} | ${['string', 'integer', 'boolean', 'string', 'number'][r]} | ${sentence(pick, 9)} |`)
    return [
      `## ${name} ${title.toLowerCase()}s ${s + 1}`,
      '',
      `${sentence(pick, 20)} ${sentence(pick, 18)}`,
      '',
      '```shell',
      `curl "https://api.example.com/v1/resource-${n}/${s}" \\`,
      `  -H "Authorization: Bearer $TOKEN" \\`,
      `  -d '{"${pick(1)}": "${pick(1)}", "${pick(1)}": 42}'`,
      '```',
      '',
      '```javascript',
      `const result = await client.resource${n}.${name.toLowerCase()}({`,
      `  ${pick(1)}: '${pick(1)}',`,
      `  ${pick(1)}: 42,`,
      '})',
      'console.log(result)',
      '```',
      '',
      `${sentence(pick, 30)} ${sentence(pick, 20)}`,
      '',
      '| Parameter | Type | Description |',
      '| --- | --- | --- |',
      ...rows,
      '',
      `${sentence(pick, 20)} ${sentence(pick, 16)}`,
      '',
    ].join('\n')
  })
  return [`# ${title}`, '', `${sentence(pick, 28)} ${sentence(pick, 22)}`, '', ...sections].join('\n')
}

const slugOf = (n) => (n === 0 ? 'index' : `resource-${n}`)

/** The page list in `site.json` shape: groups of `perGroup` pages, nested `perLevel` to a level. */
export function pageTree(count, { perGroup = 20, perLevel = 10 } = {}) {
  let level = []
  for (let at = 0; at < count; at += perGroup) {
    const pages = Array.from({ length: Math.min(perGroup, count - at) }, (_, i) => slugOf(at + i))
    level.push({ title: `Resources ${at + 1}–${at + pages.length}`, pages })
  }
  if (count <= perGroup) return level[0]?.pages ?? []
  let depth = 1
  while (level.length > perLevel) {
    const upper = []
    for (let at = 0; at < level.length; at += perLevel) {
      const part = level.slice(at, at + perLevel)
      upper.push({ title: `Part ${depth}.${upper.length + 1}`, pages: part })
    }
    level = upper
    depth++
  }
  return level
}

/**
 * Writes a site of `count` pages into `dir` (which must not exist or be empty).
 * @param {string} dir @param {number} count @param {{ perGroup?: number, perLevel?: number }} [shape]
 */
export function writeGeneratedSite(dir, count, shape) {
  fs.mkdirSync(dir, { recursive: true })
  for (let n = 0; n < count; n++) fs.writeFileSync(path.join(dir, `${slugOf(n)}.mdx`), pageMarkdown(n))
  const settings = {
    title: 'Generated API',
    description: 'A generated API reference for measuring large sites.',
    languageTabs: [{ key: 'shell', label: 'Shell' }, { key: 'javascript', label: 'JavaScript' }],
    search: true,
    pages: pageTree(count, shape),
  }
  fs.writeFileSync(path.join(dir, 'site.json'), `${JSON.stringify(settings, null, 2)}\n`)
  return dir
}
