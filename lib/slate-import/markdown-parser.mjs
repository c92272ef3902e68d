/**
 * Slate's Markdown as a syntax tree: CommonMark + GFM tables, with indented code blocks turned off
 * as Slate's Redcarpet settings had them (indented text and tables are never code there).
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'

function noIndentedCode() {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } })
}

const processor = unified().use(remarkParse).use(remarkGfm).use(noIndentedCode)

/** @param {string} text @returns {import('mdast').Root} */
export const parseSlateMarkdown = (text) => processor.parse(text)
