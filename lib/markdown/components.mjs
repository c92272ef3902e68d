/**
 * How each portal component reads in Markdown (/kittens.md, /llms-full.txt): what a reader sees on
 * the page, with no JSX. This map is the list of components authors may write
 * (lib/content/check-page-tree.mjs reads its keys), so a component cannot be added to the pages
 * without a Markdown rendering.
 *
 * Each rendering is `(node, render, words) => mdast nodes`, `render(nodes)` turning the element's
 * children into plain mdast first, `words` the portal's words in the page's locale where they
 * differ from these English ones (lib/locales/portal-strings.mjs: the same keys the page uses).
 */
import { asFlow, asPhrasing } from './mdast-shapes.mjs'

/** The label each aside kind shows (components/aside.tsx shows the same words), and its key among the portal's words. */
export const ASIDE_LABELS = { notice: 'Note', warning: 'Warning', success: 'Tip' }
export const ASIDE_WORDS = /** @type {const} */ ({ notice: 'asideNote', warning: 'asideWarning', success: 'asideTip' })
/** The words of components/pending.tsx. */
export const PENDING_NOTICE = 'This section is being written.'
export const AUTHOR_NOTE = 'Author’s note: '
/** The legend under every terminal table (components/terminal-table.tsx). */
export const MAINS_LEGEND = ' marks a terminal that, by its description, carries mains voltage.'

const text = (value) => ({ type: 'text', value })
const strong = (value) => ({ type: 'strong', children: [text(value)] })
const attr = (node, name) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value

/** Puts `lead` at the start of the first paragraph, or in a paragraph of its own before the rest. */
function lead(blocks, phrasing) {
  if (blocks[0]?.type === 'paragraph') return [{ ...blocks[0], children: [...phrasing, ...blocks[0].children] }, ...blocks.slice(1)]
  return [{ type: 'paragraph', children: phrasing }, ...blocks]
}

// A terminal's name links to its own row; a Markdown table row has no anchor, so the name is just code.
function unlinkNames(nodes) {
  return nodes.map((node) => {
    if (node.type === 'link' && node.url.startsWith('#') && node.children.every((c) => c.type === 'inlineCode')) return node.children
    return node.children ? { ...node, children: unlinkNames(node.children).flat() } : node
  }).flat()
}

const hasFlag = (node, name) => node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === name && a.value !== 'false')

/** Runs of list items (Fields' rows) wrapped in lists; other blocks kept between them. */
function listsOf(nodes) {
  const out = []
  for (const node of nodes) {
    if (node.type !== 'listItem') out.push(node)
    else if (out.at(-1)?.type === 'list' && out.at(-1).fromFields) out.at(-1).children.push(node)
    else out.push({ type: 'list', ordered: false, spread: false, fromFields: true, children: [node] })
  }
  return out.map(({ fromFields, ...node }) => node)
}

export const COMPONENT_MARKDOWN = {
  Aside: (node, render, words = {}) => {
    const type = attr(node, 'type') ?? 'notice'
    const label = words[ASIDE_WORDS[type]] ?? ASIDE_LABELS[type]
    const body = asFlow(render(node.children))
    return [{ type: 'blockquote', children: label ? lead(body, [strong(`${label}:`), text(' ')]) : body }]
  },
  Pending: (node, render, words = {}) => {
    const note = asFlow(render(node.children))
    return [{ type: 'blockquote', children: [{ type: 'paragraph', children: [strong(words.sectionPending ?? PENDING_NOTICE)] }, ...(note.length ? lead(note, [text(words.authorNote ?? AUTHOR_NOTE)]) : [])] }]
  },
  TerminalTable: (node, render) => [
    ...render(unlinkNames(node.children)),
    { type: 'paragraph', children: [{ type: 'emphasis', children: [text('Mains voltage')] }, text(MAINS_LEGEND)] },
  ],
  // remark-include has already put the partial's Markdown in its place.
  Include: () => [],
  // Every sample of every language, in the group's order, each fenced with its language.
  SampleGroup: (node, render) => render(node.children),
  // The API reference's parts (components/api-reference.tsx): a method and path, titled parts, fields as nested lists.
  Endpoint: (node, render) => [{ type: 'paragraph', children: [strong(String(attr(node, 'method') ?? '').toUpperCase()), text(' '), ...asPhrasing(render(node.children)), ...(attr(node, 'operation') ? [text(` (operation ${attr(node, 'operation')})`)] : []), ...(hasFlag(node, 'deprecated') ? [text(' '), strong('Deprecated')] : [])] }],
  ApiSection: (node, render) => [{ type: 'heading', depth: 3, children: [text(String(attr(node, 'heading') ?? ''))] }, ...asFlow(render(node.children))],
  Fields: (node, render) => {
    const title = attr(node, 'title')
    return [...(title ? [{ type: 'paragraph', children: [{ type: 'emphasis', children: [text(String(title))] }] }] : []), ...listsOf(asFlow(render(node.children)))]
  },
  Field: (node, render) => {
    const facts = [attr(node, 'type'), hasFlag(node, 'required') && 'required', attr(node, 'access'), hasFlag(node, 'deprecated') && 'deprecated'].filter(Boolean)
    const head = { type: 'paragraph', children: [{ type: 'inlineCode', value: String(attr(node, 'name') ?? '') }, ...(facts.length ? [text(` (${facts.join(', ')})`)] : [])] }
    return [{ type: 'listItem', spread: false, children: [head, ...asFlow(render(node.children))] }]
  },
  Sample: (node, render) => render(node.children).map((child) => (child.type === 'code' && attr(node, 'lang') !== child.lang ? { ...child, meta: attr(node, 'lang') } : child)),
}
