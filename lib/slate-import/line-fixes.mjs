/**
 * Line-level fixes made before parsing, each keeping the line count so positions stay true:
 * `###Heading` gets its space (Redcarpet renders it as a heading, CommonMark would not), and a code
 * fence left open at the end of a file is closed there rather than swallowing the next include,
 * and Middleman's two content helpers, `<%= image_tag "x.png" %>` and `<%= link_to "Text", "url" %>`,
 * become the Markdown picture and link they rendered.
 */

const ARG = `\\s*["']([^"']*)["']`
const IMAGE_TAG = new RegExp(`<%=\\s*image_tag\\s*\\(?${ARG}(?:\\s*,\\s*:?alt(?::|\\s*=>)${ARG})?[^%]*%>`, 'g')
const LINK_TO = new RegExp(`<%=\\s*link_to\\s*\\(?${ARG}\\s*,${ARG}[^%]*%>`, 'g')

/** @param {string} line */
export const erbHelpers = (line) =>
  line.includes('<%') ? line.replace(IMAGE_TAG, (_, src, alt = '') => `![${alt}](${src})`).replace(LINK_TO, (_, label, href) => `[${label}](${href})`) : line

const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** @param {string} text @param {(line: number, message: string) => void} warn  line is 0-based */
export function fixLines(text, warn) {
  const lines = text.split('\n')
  let fence = null
  let fenceLine = 0
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i])
    if (fence) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length && !lines[i].slice(open[0].length).trim()) fence = null
      continue
    }
    if (open && !(open[1][0] === '`' && lines[i].slice(open[0].length).includes('`'))) {
      fence = open[1]
      fenceLine = i
      continue
    }
    lines[i] = erbHelpers(lines[i]).replace(/^( {0,3})(#{1,6})(?=[^#\s])/, '$1$2 ')
  }
  if (fence) {
    warn(fenceLine, 'code fence is never closed — closed at the end of the file')
    lines.push(fence)
  }
  return lines.join('\n')
}
