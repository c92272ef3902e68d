/**
 * The text of a raw HTML block as MDX must be given it so a reader sees what the browser showed on
 * the Slate site, which passed such blocks through unread (see escapeHtmlText).
 */
import { fromHtml } from 'hast-util-from-html'
import { toText as hastText } from 'hast-util-to-text'
import { escapeProse } from './html-tags.mjs'

/**
 * A character reference written without its `;` (`&ltsub_topic&gt`, `&#60`): a browser read it in
 * the text of raw HTML (HTML's legacy references), MDX would show it as written. Decoded here as
 * the HTML parser decodes it.
 */
export function decodeLegacyReferences(text) {
  return text.replace(/&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?/g, (ref) => (ref.endsWith(';') ? ref : hastText(fromHtml(ref, { fragment: true }))))
}

// Markdown that starts a block at the start of a line: a list item, heading, quote, rule or underline.
const BLOCK_START = /^([ \t]*)(\d{1,9}(?=[.)](?:[ \t]|$))|[-+*](?=[ \t]|$)|#{1,6}(?=[ \t]|$)|>|([-_*=])(?:[ \t]*\3){2,}[ \t]*$)/gm

/**
 * The text of a raw HTML block, made literal for MDX as a browser showed it: references without
 * `;` decoded, `{`, `}` and a bare `<` escaped, and Markdown that would start a block (`1. `, `- `,
 * `#`, `>`, `---`) kept as text, for Redcarpet passed HTML blocks through unread. Inline Markdown
 * (emphasis, links, code) still reads as Markdown, and a code span keeps its text as written.
 */
export function escapeHtmlText(text) {
  const decoded = /&[#A-Za-z]/.test(text) ? decodeLegacyReferences(text) : text
  const parts = decoded.split(/(`+)/)
  let out = ''
  for (let i = 0; i < parts.length; i++) {
    const close = i % 2 === 1 ? parts.indexOf(parts[i], i + 2) : -1
    if (close === -1) {
      out += i % 2 === 1 ? parts[i] : escapeProse(parts[i])
      continue
    }
    out += parts.slice(i, close + 1).join('')
    i = close
  }
  return out.replace(BLOCK_START, (all, indent, marker) => (/^\d/.test(marker) ? `${indent}${marker}\\` : `${indent}\\${all.slice(indent.length)}`))
}
