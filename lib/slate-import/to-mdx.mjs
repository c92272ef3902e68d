/**
 * One Slate Markdown file (or ERB partial) rewritten as MDX for the portal, by editing the source
 * at the positions its syntax tree gives, so everything not touched stays byte for byte:
 * raw HTML becomes JSX (see html-tags.mjs), prose is escaped where MDX would read code
 * (`{`, `}`, a bare `<`), autolinks become links, HTML comments go, relative images point to /.
 */
import { toString } from 'mdast-util-to-string'
import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { parseSlateMarkdown } from './markdown-parser.mjs'
import { fixLines } from './line-fixes.mjs'
import { applyEdits } from './patch.mjs'
import { CONTAINER, DOCUMENT, REFUSED, VOID, asideKnown, escapeProse, tagToJsx, tokenizeHtml } from './html-tags.mjs'
import { escapeHtmlText } from './html-text.mjs'
import { lineAt } from './source-text.mjs'
import { balanceTags } from './balance-tags.mjs'
import { redcarpetHtml } from './slate-heading-ids.mjs'

const decodeEntities = (text) =>
  text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (all, ref) => {
    if (ref[0] !== '#') return decodeNamedCharacterReference(ref) || all
    return String.fromCodePoint(ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)))
  })

/**
 * A picture's path on the Slate site (`images/x.png`, `/images/x.png`, `../images/x.png` all were
 * `/images/x.png` there, every page being served from the site root), or undefined when it is not
 * one of the site's own files (another site, a data: URL).
 */
export function sitePath(url) {
  if (!url || /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) return undefined
  try {
    return decodeURIComponent(new URL(url, 'http://slate.invalid/').pathname).slice(1) || undefined
  } catch {
    return undefined
  }
}
const isRelative = (url) => sitePath(url) !== undefined

/** A whole `<pre>…</pre>` HTML block is a code sample: it becomes a fenced block. */
function preToFence(html) {
  const match = /^<pre\b([^>]*)>\s*(?:<code\b([^>]*)>)?([\s\S]*?)(?:<\/code>\s*)?<\/pre>\s*$/i.exec(html.trim())
  if (!match) return undefined
  const lang = /(?:language-|lang-|highlight\s+)([\w-]+)/.exec(`${match[1]} ${match[2] ?? ''}`)?.[1] ?? ''
  const code = decodeEntities(match[3].replace(/<[^>]+>/g, '')).replace(/^\n|\n$/g, '')
  const ticks = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map((m) => m[0].length + 1)))
  return `${ticks}${lang}\n${code}\n${ticks}`
}

/**
 * @param {{ file: string, text: string, line: number, render?: object }} segment  render: the file render it belongs to (see includes.mjs)
 * @param {{ warn: (at: string, message: string) => void, stats: Record<string, number>, images: Set<string>,
 *   imageExists?: (url: string) => boolean }} context  `imageExists`: whether a relative picture is beside the source
 */
export function segmentToMdx(segment, { warn, stats, images, imageExists = () => true }) {
  const at = (offset) => `${segment.file}:${segment.line - 1 + lineAt(text, offset)}`
  const text = fixLines(segment.text, (line, message) => warn(`${segment.file}:${segment.line + line}`, message))
  const tree = parseSlateMarkdown(text)
  const edits = []
  /** @type {Map<object, { name: string, closing: boolean, edit: object, offset: number }[]>} */
  const tagsByScope = new Map()
  const headings = []
  const asideStack = []
  const imageUrl = (url) => {
    const local = sitePath(url)
    if (!local) return url
    images.add(local)
    return `/${local}${/[?#].*$/.exec(url)?.[0] ?? ''}`
  }
  // A picture the source names but does not have would be a broken image (and fails the content
  // check): the reader gets its description instead, the author a warning.
  const missingPicture = (url, alt, offset) => {
    if (!isRelative(url) || imageExists(sitePath(url))) return undefined
    warn(at(offset), `picture ${url} is not beside the source — its description is shown instead`)
    return `*${escapeProse(`Picture: ${alt ? `${alt} ` : ''}(${url}, missing from the source)`).replace(/[*_[\]]/g, '\\$&')}*`
  }

  const convertHtml = (node, parent) => {
    const { start, end } = { start: node.position.start.offset, end: node.position.end.offset }
    const slice = text.slice(start, end)
    const flow = parent.type === 'root'
    const fence = flow && /^<pre\b/i.test(slice.trim()) ? preToFence(slice) : undefined
    if (fence) {
      stats.codeBlocks += 1
      edits.push({ start, end, value: fence })
      return
    }
    const scope = flow ? tree : parent
    if (!tagsByScope.has(scope)) tagsByScope.set(scope, [])
    const tokens = tokenizeHtml(slice)
    // Inside an inline tag (`<p>`, `<span>`) opened in block HTML, MDX reads the text as one
    // paragraph, which a line holding only `</p>` would end: such text is kept on one line.
    let inline = 0
    const pieces = tokens.map((token, i) => {
      if (token.type === 'comment') {
        stats.commentsDropped += 1
        return ''
      }
      if (token.type === 'text') {
        if (token.value.includes('<%')) warn(at(start + token.start), 'ERB code kept as text (the portal has no Ruby templates)')
        const value = flow && inline > 0 ? token.value.replace(/\n[ \t]*/g, ' ') : token.value
        // Markdown inside a raw HTML block (`<a href>![diagram](/x.png)</a>`) is still read by MDX.
        return (flow ? escapeHtmlText(value) : escapeProse(value)).replace(/!\[([^\]\n]*)\]\(([^)\s]+)(\s+"[^"]*")?\)/g, (all, alt, url, title = '') => {
          if (!isRelative(url)) return all
          return missingPicture(url, alt, start + token.start) ?? `![${alt}](${imageUrl(url)}${title})`
        })
      }
      if (!VOID.has(token.name) && !token.selfClosing && !CONTAINER.has(token.name)) inline = Math.max(0, inline + (token.closing ? -1 : 1))
      if (REFUSED.has(token.name)) {
        warn(at(start + token.start), `<${token.name}> cannot run in the portal — shown as text`)
        return escapeProse(token.value)
      }
      if (DOCUMENT.has(token.name)) {
        if (!token.closing) warn(at(start + token.start), `<${token.name}> belongs in a document's head, not in a page — tag dropped, its text kept`)
        return ''
      }
      let known
      if (token.name === 'aside' && !token.closing) {
        stats.asides += 1
        asideStack.push(asideKnown(token.attrs))
      } else if (token.name === 'aside') known = asideStack.pop() ?? true
      if (token.name === 'img' && !token.closing) {
        const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(token.attrs)
        const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(token.attrs)
        const text = src && missingPicture(src[1] ?? src[2] ?? src[3], alt?.[1] ?? alt?.[2] ?? '', start + token.start)
        if (text) return text
      }
      const jsx = tagToJsx({ ...token, known, attrs: token.attrs.replace(/(\bsrc\s*=\s*["']?)([^"'\s>]+)/i, (_, pre, url) => pre + imageUrl(url)) }, (message) => warn(at(start + token.start), message))
      const piece = { value: jsx }
      if (!VOID.has(token.name) && !token.selfClosing) tagsByScope.get(scope).push({ name: token.name, closing: token.closing, piece, offset: start + token.start })
      if (flow && CONTAINER.has(token.name)) {
        const before = slice.slice(0, token.start).split('\n').pop().trim() ? '\n' : ''
        const after = slice.slice(token.end).split('\n')[0].trim() ? '\n' : ''
        piece.value = before + jsx + after
      }
      return piece
    })
    edits.push({ start, end, get value() { return pieces.map((p) => (typeof p === 'string' ? p : p.value)).join('') } })
  }

  const walk = (node, parent) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    switch (node.type) {
      case 'code':
        stats.codeBlocks += 1
        return
      case 'inlineCode':
      case 'definition':
        return
      case 'html':
        return convertHtml(node, parent)
      case 'text': {
        const slice = text.slice(start, end)
        const escaped = escapeProse(slice)
        if (escaped !== slice) edits.push({ start, end, value: escaped })
        return
      }
      case 'image':
        if (isRelative(node.url)) {
          const missing = missingPicture(node.url, node.alt ?? '', start)
          if (missing) {
            edits.push({ start, end, value: missing })
            return
          }
          const alt = escapeProse(node.alt ?? '').replace(/[[\]]/g, '\\$&')
          const title = node.title ? ` "${node.title.replace(/"/g, '\\"')}"` : ''
          edits.push({ start, end, value: `![${alt}](${imageUrl(node.url)}${title})` })
        } else if (/[{}<]/.test(node.alt ?? '') && !/[\s()]/.test(node.url)) {
          // MDX reads a picture's description as text: `{x}` there would be an expression, lost from the alt.
          const alt = escapeProse(node.alt).replace(/[[\]]/g, '\\$&')
          edits.push({ start, end, value: `![${alt}](${node.url}${node.title ? ` "${node.title.replace(/"/g, '\\"')}"` : ''})` })
        }
        return
      case 'link':
        if (text[start] === '<') {
          const label = escapeProse(toString(node, { includeHtml: false })).replace(/[[\]]/g, '\\$&')
          edits.push({ start, end, value: `[${label}](${node.url})` })
          return
        }
        break
      case 'heading':
        headings.push({ depth: node.depth, text: toString(node, { includeHtml: false }).trim(), html: redcarpetHtml(node.children).trim(), render: segment.render, at: at(start) })
        break
      case 'table': {
        stats.tables += 1
        // A `|` meant as text splits a cell; cells past the header's count would not be shown.
        const columns = node.children[0]?.children.length ?? 0
        for (const row of node.children) {
          for (const cell of row.children.slice(columns)) {
            const pipe = cell.position.start.offset
            if (text[pipe] !== '|') continue
            edits.push({ start: pipe, end: pipe + 1, value: '\\|' })
            warn(at(pipe), 'a `|` in a table cell made an extra column — kept as text in the cell before')
          }
        }
        break
      }
    }
    for (const child of node.children ?? []) walk(child, node)
  }
  walk(tree, tree)

  balanceTags(tagsByScope.values(), (offset, message) => warn(at(offset), message))

  const patched = applyEdits(text, edits.map((e) => ({ start: e.start, end: e.end, value: e.value })))
  return { mdx: patched.text, headings, whereIs: (outOffset) => at(patched.sourceOffset(outOffset)) }
}
