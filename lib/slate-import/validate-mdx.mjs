/**
 * The last guard: every page is parsed as MDX before it is written. Where MDX still refuses a block
 * (tags that do not nest, an expression it cannot read), that block's tags are dropped, then if
 * need be all of it is escaped, so the words stay visible and the author gets a warning.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import remarkGfm from 'remark-gfm'
import { escapeProse } from './html-tags.mjs'

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm)

/** @returns {{ line: number, message: string } | undefined} */
export function mdxError(text) {
  try {
    processor.parse(text)
    return undefined
  } catch (error) {
    const reason = String(error.reason ?? error.message)
    // An unclosed element is reported for the whole document; its reason names where it opened.
    const opened = /\((\d+):\d+-\d+:\d+\)/.exec(reason)
    return { line: error.place?.start?.line ?? error.place?.line ?? error.line ?? (opened ? Number(opened[1]) : 1), message: reason.split('\n')[0] }
  }
}

/** The lines [from, to) of the blank-line-separated block around a 1-based line. */
function blockAround(lines, line) {
  let from = Math.min(line - 1, lines.length - 1)
  let to = from + 1
  while (from > 0 && lines[from - 1].trim()) from--
  while (to < lines.length && lines[to].trim()) to++
  return [from, to]
}

const stripTags = (line) => line.replace(/<\/?[A-Za-z][^<>]*>/g, '')
const FENCE = /^\s*(`{3,}|~{3,})/

/**
 * @param {string} text  a page's MDX
 * @param {(line: number, message: string) => void} warn  line is 1-based in `text`
 * @returns {string} MDX that parses
 */
export function repairMdx(text, warn) {
  let lines = text.split('\n')
  const tried = new Map()
  for (let round = 0; round < 500; round++) {
    const error = mdxError(lines.join('\n'))
    if (!error) return lines.join('\n')
    const [from, to] = blockAround(lines, error.line)
    const step = tried.get(from) ?? 0
    tried.set(from, step + 1)
    const block = lines.slice(from, to)
    let fixed
    if (step === 0) fixed = block.map(stripTags)
    else if (step === 1) fixed = block.map((l) => (FENCE.test(l) ? l : escapeProse(l.replace(/\\([{}<])/g, '$1'))))
    else fixed = ['```text', ...block.map((l) => l.replace(/^(\s*)(`{3,}|~{3,})/, '$1\u200b$2')), '```']
    warn(error.line, `${error.message} — ${['HTML tags there dropped, text kept', 'text there escaped', 'block kept as plain text'][Math.min(step, 2)]}`)
    lines = [...lines.slice(0, from), ...fixed, ...lines.slice(to)]
  }
  return lines.join('\n')
}
