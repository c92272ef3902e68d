/**
 * Random Slate sources for the property test: pages built from the dialect's hard parts (braces,
 * bare `<`, raw HTML that does not nest, tables with `<br>`, fences in odd languages, links to
 * anchors that may not exist, entities, ERB), so the invariant is tried on combinations no
 * fixture spells out. Seeded, so a failure can be replayed.
 */

const INLINE = [
  '{marketCode}', '{{placeholder}}', '<account id>', 'ApiResponse<T>', 'a < b', '`{code}`', '<code>{x}</code>', '<b>bold', '</i>',
  '&lt;tag&gt;', '&ltsub_topic&gt', '[link](#h-3)', '[ref][r1]', '<a href="#h-2">x</a>', 'https://api.example.com/{id}/x',
  '<https://example.com/{id}>', '![alt {x}](https://example.com/a.png)', '![local](images/none.png)', '<br>', '</br>', '<br/ >',
  '*emph {x}*', '\\{escaped\\}', '<%= erb %>', '<span style="color: red">s</span>', '<button>Go</button>', '<!-- c -->',
  '<kbd>{k}</kbd>', '<x-custom>', 'plain words', '{', '}', '<', '<div>', '</div>', '`a|b`', '[x](<#a b>)', '<img src="x.png">',
  '&#123;ent&#125;', '<a name="n{1}"></a>', '<a href="{x}">y</a>', '[`{c}`](#h-1)', '[^1]', '~~{s}~~', '<title>t</title>', '<meta name="x">',
]

/** @param {number} seed @returns {() => number} */
export function random(seed) {
  let state = seed
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
}

/** @param {() => number} rand */
export function randomPage(rand, blocks) {
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const inline = (n) => Array.from({ length: n }, () => pick(INLINE)).join(' ')
  const n = () => Math.floor(rand() * 4)
  const BLOCKS = [
    () => `## Heading ${inline(1)}`,
    () => `## h-${n()}`,
    () => inline(5),
    () => `${inline(3)}\n${inline(3)}`,
    () => `Name | Desc\n--- | ---\n${inline(1)} | ${inline(2)}<br/>${inline(1)}\n${inline(1)} | ${inline(1)} | extra`,
    () => `- ${inline(2)}\n- ${inline(2)}\n  - ${inline(1)}`,
    () => `1. ${inline(2)}\n2. ${inline(1)}`,
    () => `> ${inline(3)}`,
    () => `\`\`\`${pick(['GET', 'json', 'shell', '', 'weird word', 'c++', 'constructor', 'POST /x'])}\n{ "a": ${inline(1)} }\n\`\`\``,
    () => `<div>\n${inline(3)}\n</div>`,
    () => `<div class="x">\n\n${inline(3)}\n\n</div>`,
    () => `<aside class="${pick(['notice', 'warning', 'success', 'custom'])}">\n${inline(3)}\n</aside>`,
    () => `<table>\n<tr><th>${inline(1)}</th><td>${inline(2)}</td></tr>\n<tr><td>${inline(1)}<br/>${inline(1)}</td></tr>\n</table>`,
    () => `<p>${inline(3)}</p>`,
    () => `<p>\n${inline(2)}\n\n${inline(2)}\n</p>`,
    () => `<pre>${inline(2)}</pre>`,
    () => `<details><summary>${inline(1)}</summary>${inline(2)}</details>`,
    () => `<div>${inline(1)}</div>\n${inline(2)}`,
    () => `<dl><dt>${inline(1)}</dt>\n<dd>1. ${inline(2)}</dd>\n</dl>`,
    () => `[r1]: #h-${n()}`,
    () => `[^1]: ${inline(2)}`,
    () => `<a id="anchor-${n()}"></a>`,
    () => `${inline(2)}\n===`,
    () => `<ul>\n<li>${inline(2)}\n<li>${inline(1)}\n</ul>`,
    () => `<aside class="notice">\n\`\`\`${pick(['PUT', 'json'])}\n/v1/{id}\n\`\`\`\n</aside>`,
  ]
  return Array.from({ length: blocks }, () => pick(BLOCKS)()).join('\n\n')
}
