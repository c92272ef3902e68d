/**
 * Middleman's i18n settings as a site's `config.rb` gives them: whether `activate :i18n` is there,
 * and its options, written as arguments (`activate :i18n, mount_at_root: :en, langs: [:en, :kr]`,
 * old `:key => value` style too) or in its block (`i18n.path = "/:lang/"`). Only Ruby literals are
 * read (symbols, strings, numbers, true/false/nil, arrays, `%w()`/`%i()`, hashes) and local
 * variables set to one earlier in the file; any other value is reported and left at its default.
 */

/** A Ruby literal at `text[at]`: `{ value, end }`, or undefined when it is not one. */
function literal(text, at, vars) {
  const rest = text.slice(at)
  let m
  if ((m = /^\s*%[wi][([{<]([^)\]}>]*)[)\]}>]/.exec(rest))) return { value: m[1].trim().split(/\s+/).filter(Boolean), end: at + m[0].length }
  if ((m = /^\s*:(["'])(.*?)\1/.exec(rest)) || (m = /^\s*(["'])((?:\\.|(?!\1).)*)\1/.exec(rest))) return { value: m[2].replace(/\\(.)/g, '$1'), end: at + m[0].length }
  if ((m = /^\s*:([A-Za-z_]\w*[?!]?)/.exec(rest))) return { value: m[1], end: at + m[0].length }
  if ((m = /^\s*(-?\d+(?:\.\d+)?)\b/.exec(rest))) return { value: Number(m[1]), end: at + m[0].length }
  if ((m = /^\s*(true|false|nil)\b/.exec(rest))) return { value: { true: true, false: false, nil: null }[m[1]], end: at + m[0].length }
  if ((m = /^\s*\[/.exec(rest))) return list(text, at + m[0].length, ']', vars)
  if ((m = /^\s*\{/.exec(rest))) return pairs(text, at + m[0].length, '}', vars)
  if ((m = /^\s*([a-z_]\w*)\b(?!\s*[.(:[])/.exec(rest)) && m[1] in vars) return { value: vars[m[1]], end: at + m[0].length }
  return undefined
}

function list(text, at, close, vars) {
  const value = []
  for (let i = at; ; ) {
    const end = /^\s*\]/.exec(text.slice(i))
    if (end) return { value, end: i + end[0].length }
    const item = literal(text, i, vars)
    if (!item) return undefined
    value.push(item.value)
    i = item.end + (/^\s*,/.exec(text.slice(item.end))?.[0].length ?? 0)
  }
}

/** `key: v, :key => v, "key" => v` up to `close` (or the end of the argument list when close is ''). */
function pairs(text, at, close, vars) {
  const value = {}
  for (let i = at; ; ) {
    const rest = text.slice(i)
    if (close && /^\s*\}/.test(rest)) return { value, end: i + /^\s*\}/.exec(rest)[0].length }
    const key = /^\s*(?:([A-Za-z_]\w*):(?!:)|:?([A-Za-z_]\w*)\s*=>|(["'])(.*?)\3\s*(?:=>|:))/.exec(rest)
    if (!key) return close ? undefined : { value, end: i }
    const item = literal(text, i + key[0].length, vars)
    const name = key[1] ?? key[2] ?? key[4]
    if (!item) {
      value[name] = undefined
      return close ? undefined : { value, end: i, unread: name }
    }
    value[name] = item.value
    const comma = /^\s*,/.exec(text.slice(item.end))
    if (comma) i = item.end + comma[0].length
    else if (close) i = item.end
    else return { value, end: item.end }
  }
}

/** Ruby comments out, string contents kept (a `#` inside quotes, `#{…}` interpolation). */
const stripComments = (text) =>
  text
    .split('\n')
    .map((line) => line.replace(/^((?:[^#"']|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')*)#.*$/, '$1'))
    .join('\n')

/**
 * @param {string} source  config.rb
 * @returns {{ active: boolean, options: Record<string, any>, line: number, unread: { name: string, line: number }[] }}
 *   line: where `activate :i18n` is; unread: options whose value is not a literal (left at their default)
 */
export function i18nConfig(source) {
  const text = stripComments(source)
  const vars = {}
  for (const m of text.matchAll(/^[ \t]*([a-z_]\w*)[ \t]*=[ \t]*(?!=)/gm)) {
    const value = literal(text, m.index + m[0].length, vars)
    if (value) vars[m[1]] = value.value
  }
  const lineOf = (offset) => text.slice(0, offset).split('\n').length
  const found = /^[ \t]*activate\s*\(?\s*:i18n\b/m.exec(text)
  if (!found) return { active: false, options: {}, line: 0, unread: [] }
  const unread = []
  let at = found.index + found[0].length
  let options = {}
  const comma = /^[ \t]*,\s*/.exec(text.slice(at))
  if (comma) {
    const args = /^\s*\{/.test(text.slice(at + comma[0].length)) ? literal(text, at + comma[0].length, vars) : pairs(text, at + comma[0].length, '', vars)
    if (args) {
      options = args.value
      if (args.unread) unread.push({ name: args.unread, line: lineOf(args.end) })
      at = args.end
    }
  }
  const block = /^\s*\)?\s*do\s*\|\s*(\w+)\s*\|([\s\S]*?)^\s*end\b/m.exec(text.slice(at))
  if (block && block.index < 3) {
    for (const m of block[2].matchAll(new RegExp(`^[ \\t]*${block[1]}\\.(\\w+)\\s*=\\s*`, 'gm'))) {
      const offset = at + block.index + block[0].indexOf(block[2]) + m.index + m[0].length
      const value = literal(text, offset, vars)
      if (value) options[m[1]] = value.value
      else unread.push({ name: m[1], line: lineOf(offset) })
    }
  }
  for (const [name, value] of Object.entries(options)) if (value === undefined && !unread.some((u) => u.name === name)) unread.push({ name, line: lineOf(found.index) })
  return { active: true, options: Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)), line: lineOf(found.index), unread }
}
