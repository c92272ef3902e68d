/**
 * A picture on a line of its own becomes a figure, its Markdown title the visible caption:
 * `![Top connector of the ACI](/images/topconnector.svg "Top connector")`.
 *
 * Options (all optional):
 * - `className` (default 'figure'): the class of the `<figure>`.
 */
import { visit } from 'unist-util-visit'

const isBlank = (node) => node.type === 'text' && !node.value.trim()

export default function remarkFigures(options = {}) {
  const className = options.className ?? 'figure'
  return (tree) => {
    visit(tree, 'paragraph', (node, index, parent) => {
      const content = node.children.filter((child) => !isBlank(child))
      if (content.length !== 1 || content[0].type !== 'image' || !parent) return
      const image = content[0]
      const caption = image.title
        ? [{ type: 'figureCaption', data: { hName: 'figcaption' }, children: [{ type: 'text', value: image.title }] }]
        : []
      parent.children[index] = {
        type: 'figure',
        data: { hName: 'figure', hProperties: { className: [className] } },
        children: [{ ...image, title: null }, ...caption],
        position: node.position,
      }
    })
  }
}
