/**
 * Reads the Markdown table inside `<TerminalTable>` as a screw-terminal table: each row gets an
 * anchor (`#top-connector-sense`, from the section heading and the terminal name) that links to
 * itself, the name is set as code, and rows that carry mains voltage are marked hazardous.
 *
 * Options (all optional):
 * - `nameColumns` (default ['name', 'terminal']): header texts that mark the terminal-name column.
 * - `isMains` (default: says 50 V or more, or names a live, neutral or phase line): decides which
 *   rows carry mains voltage, given the row's text.
 *
 * Needs heading ids (remark-heading-ids) to run first. Leaves the rows on the element as
 * `node.data.terminals` ({ name, id, text, mains }) for the search index.
 * A missing table or name column, or an empty or repeated name (or anchor), fails with its position.
 */
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { slateSlug } from './slate-slug.mjs'

/**
 * A terminal's part of its anchor. Slate's rules would drop `+` and a trailing `-`, giving ACT+ and
 * ACT- the same id, so they are spelled out: `act-plus`, `act-minus`; CN-L stays `cn-l`.
 */
export function terminalSlug(name) {
  return slateSlug(name.replace(/\+/g, ' plus ').replace(/-(?=$|[^a-z0-9])/gi, ' minus '))
}

export function saysMains(text) {
  const volts = [...text.matchAll(/(\d+)\s*V(?:AC)?\b/g)].map((m) => Number(m[1]))
  return volts.some((v) => v >= 50) || /\b(live|neutral|phase)\b/i.test(text)
}

/**
 * The "Mains voltage" badge beside a terminal's name, after a ", " that is laid out but clipped
 * (the gap before the badge), so screen readers and copied text give "SENSE, Mains voltage" rather
 * than one word. It stays inline: an absolutely positioned one would be read "SENSE , Mains voltage".
 */
function mainsLabel() {
  const span = (className, text) => ({ type: 'text', value: text, data: { hName: 'span', hProperties: { className: [className] } } })
  return { type: 'mainsLabel', data: { hName: 'span' }, children: [span('mains-separator', ', '), span('mains-label', 'Mains voltage')] }
}

export default function remarkTerminalTable(options = {}) {
  const nameColumns = options.nameColumns ?? ['name', 'terminal']
  const isMains = options.isMains ?? saysMains

  return (tree, file) => {
    let sectionId = ''
    visit(tree, (node) => {
      if (node.type === 'heading') sectionId = node.data?.id ?? sectionId
      if (node.type !== 'mdxJsxFlowElement' || node.name !== 'TerminalTable') return
      const table = node.children.find((child) => child.type === 'table')
      if (!table) file.fail('`<TerminalTable>` has no Markdown table inside — leave a blank line after the opening tag and write `Name | Meaning` rows', node)
      const [header, ...rows] = table.children
      const nameAt = header.children.findIndex((cell) => nameColumns.includes(toString(cell).trim().toLowerCase()))
      if (nameAt < 0) file.fail(`terminal table has no name column — title one column ${nameColumns.map((n) => `\`${n[0].toUpperCase()}${n.slice(1)}\``).join(' or ')}`, header)
      const seen = new Set()
      const ids = new Set()
      node.data ??= {}
      node.data.terminals = rows.map((row) => {
        const cell = row.children[nameAt]
        const name = cell ? toString(cell).trim() : ''
        if (!name) file.fail('terminal table row has an empty terminal name — fill in the name column', row)
        if (seen.has(name)) file.fail(`terminal \`${name}\` appears twice in this table — give each terminal one row`, row)
        seen.add(name)
        const id = `${sectionId ? `${sectionId}-` : ''}${terminalSlug(name)}`
        if (ids.has(id)) file.fail(`terminal \`${name}\` gets the anchor \`#${id}\` that another row has — rename one of them`, row)
        ids.add(id)
        const text = row.children.map((c) => toString(c).trim()).join(' ')
        const mains = isMains(text)
        row.data = { hProperties: { id, className: mains ? ['terminal', 'terminal-mains'] : ['terminal'] } }
        cell.children = [
          { type: 'link', url: `#${id}`, children: [{ type: 'inlineCode', value: name }] },
          ...(mains ? [mainsLabel()] : []),
        ]
        return { name, id, text, mains }
      })
      return 'skip'
    })
  }
}
