/**
 * Raw HTML as Slate authors wrote it, tokenized into comments, tags and text, and each tag rewritten
 * as JSX that MDX accepts: void tags closed, `class` to `className`, `style` strings to objects,
 * every attribute value quoted, `<aside class="x">` to `<Aside type="x">`.
 * A small tokenizer rather than an HTML parser because the rewrite must keep every byte around
 * the tags where it was (fragments like a lone `<code>` are the normal case in Markdown).
 */

import { HTML_MARKDOWN } from '../markdown/html-elements.mjs'

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)\s*>/y
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

export const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'param', 'source', 'track', 'wbr'])
// Tags put on lines of their own in block HTML, so MDX reads what is between them as Markdown.
export const CONTAINER = new Set(['aside', 'div', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'ul', 'ol', 'menu', 'dir', 'li', 'section', 'blockquote', 'dl', 'dt', 'dd', 'details', 'dialog',
  'figure', 'nav', 'header', 'footer', 'hgroup', 'search', 'article', 'main', 'center', 'form', 'fieldset'])
// The elements a page may hold are those with a Markdown rendering: one list, so the content check never refuses one.
const HTML = new Set(Object.keys(HTML_MARKDOWN))
// The document's own elements have no place in a page (React would move a <title> or <meta> into
// the head): the tag goes, its text stays, with a warning.
export const DOCUMENT = new Set(['html', 'head', 'body', 'title', 'meta', 'link', 'base'])
// Tags whose content is not text for a reader, or that would run code: shown as text, with a warning.
export const REFUSED = new Set(['script', 'style', 'template', 'frameset', 'frame', 'applet'])

const RENAMED = {
  class: 'className', for: 'htmlFor', colspan: 'colSpan', rowspan: 'rowSpan', tabindex: 'tabIndex',
  cellpadding: 'cellPadding', cellspacing: 'cellSpacing', frameborder: 'frameBorder', allowfullscreen: 'allowFullScreen',
  maxlength: 'maxLength', readonly: 'readOnly', srcset: 'srcSet', crossorigin: 'crossOrigin', datetime: 'dateTime',
  accesskey: 'accessKey', contenteditable: 'contentEditable', marginwidth: 'marginWidth', marginheight: 'marginHeight',
  'accept-charset': 'acceptCharset', 'http-equiv': 'httpEquiv', valign: 'vAlign', bgcolor: 'bgColor', nowrap: 'noWrap',
}

export const ASIDE_TYPES = ['notice', 'warning', 'success']

/** Whether an `<aside class="…">` tag becomes the portal's <Aside> (its closing tag must follow). */
export const asideKnown = (attrs) => ASIDE_TYPES.includes(/\bclass\s*=\s*["']?\s*([\w-]+)/i.exec(attrs ?? '')?.[1] ?? '')

export const isHtmlTag = (name) => HTML.has(name.toLowerCase()) || DOCUMENT.has(name.toLowerCase())

/**
 * @param {string} text
 * @returns {Array<{ type: 'comment' | 'tag' | 'text', start: number, end: number, value: string,
 *   name?: string, closing?: boolean, selfClosing?: boolean, attrs?: string }>}
 */
export function tokenizeHtml(text) {
  const tokens = []
  let textStart = 0
  const pushText = (end) => {
    if (end > textStart) tokens.push({ type: 'text', start: textStart, end, value: text.slice(textStart, end) })
  }
  for (let i = text.indexOf('<'); i !== -1 && i < text.length; i = text.indexOf('<', i)) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4)
      const end = close === -1 ? text.length : close + 3
      pushText(i)
      tokens.push({ type: 'comment', start: i, end, value: text.slice(i, end) })
      i = textStart = end
      continue
    }
    TAG.lastIndex = i
    const match = TAG.exec(text)
    if (match && (isHtmlTag(match[2]) || REFUSED.has(match[2].toLowerCase()))) {
      pushText(i)
      const end = i + match[0].length
      tokens.push({ type: 'tag', start: i, end, value: match[0], name: match[2].toLowerCase(), closing: match[1] === '/', selfClosing: match[4] === '/', attrs: match[3] })
      i = textStart = end
      continue
    }
    i += 1
  }
  pushText(text.length)
  return tokens
}

const camel = (prop) => prop.trim().toLowerCase().replace(/^-ms-/, 'ms-').replace(/-([a-z])/g, (_, c) => c.toUpperCase())

/** `color: red; margin-top: 4px` as the source of a JSX object expression. */
export function styleObject(css) {
  const entries = css.split(';').map((d) => d.split(/:(.*)/s)).filter(([p, v]) => p?.trim() && v?.trim())
  return `{{${entries.map(([p, v]) => `${JSON.stringify(p.trim().startsWith('--') ? p.trim() : camel(p))}: ${JSON.stringify(v.trim())}`).join(', ')}}}`
}

const quote = (value) => (value.includes('"') && !value.includes("'") ? `'${value}'` : `"${value.replace(/"/g, '&quot;')}"`)

/**
 * One tag as JSX. `warn` hears about what had to go (event handlers).
 * @param {{ name: string, closing: boolean, attrs: string, known?: boolean }} tag  `known`: for a closing </aside>, whether its opening tag became <Aside>
 */
export function tagToJsx(tag, warn = () => {}) {
  const { name } = tag
  if (tag.closing) return VOID.has(name) ? (name === 'br' ? '<br />' : '') : name === 'aside' && tag.known !== false ? '</Aside>' : `</${name}>`
  const attrs = []
  let asideType = ''
  for (const m of tag.attrs.matchAll(ATTR)) {
    const raw = m[1].toLowerCase()
    const value = m[2] ?? m[3] ?? m[4]
    if (raw.startsWith('on')) {
      warn(`\`${raw}\` handler on <${name}> dropped (scripts in content do not run in the portal)`)
      continue
    }
    if (name === 'aside' && raw === 'class') {
      asideType = (value ?? '').trim().split(/\s+/)[0] ?? ''
      continue
    }
    // `<a name="x">` is the old way to write `<a id="x">`; React has no `name` on links.
    const prop = name === 'a' && raw === 'name' && !/(^|\s)id\s*=/i.test(tag.attrs) ? 'id' : (RENAMED[raw] ?? m[1])
    if (value === undefined) attrs.push(prop)
    else if (raw === 'style') attrs.push(`style=${styleObject(value)}`)
    else attrs.push(`${prop}=${quote(value)}`)
  }
  // The portal's <Aside> knows Slate's three kinds; any other class stays a plain, neutral <aside>.
  const known = ASIDE_TYPES.includes(asideType)
  if (name === 'aside') attrs.unshift(known ? `type=${quote(asideType)}` : `className=${quote(['aside', 'aside-plain', asideType].filter(Boolean).join(' '))}`)
  const tagName = name === 'aside' && known ? 'Aside' : name
  const close = VOID.has(name) || tag.selfClosing ? ' />' : '>'
  return `<${[tagName, ...attrs].join(' ')}${close}`
}

/**
 * Prose text made literal for MDX: `{`, `}` and a `<` that opens no tag are escaped, so `{id}`,
 * `<account id>` and `ApiResponse<T>` show as written. Existing backslash escapes are kept.
 */
export function escapeProse(text) {
  return text.replace(/\\[\s\S]|[{}<]/g, (m) => (m.length === 2 ? m : `\\${m}`))
}

