/**
 * Middleman's `t` helper, run ahead of time: `<%= t(:key) %>`, `<%= I18n.t('a.b') %>`,
 * `<%= t :key, name: 'Bob' %>` become the locale's text from `locales/<code>.yml`, as the ERB
 * rendered it (unescaped: its HTML and Markdown are read with the page). A call inside a larger
 * ERB tag (`<%= link_to t(:docs), '/x' %>`) becomes a Ruby string there, for the helpers read
 * later (line-fixes.mjs). A key the locale lacks shows the default locale's text, as I18n's
 * fallbacks did, or else the key itself; either way with a file:line warning.
 */

const TAG = /<%(=?=?)([\s\S]*?)-?%>/g
const CALL = /(?:::)?(?:I18n\s*\.\s*)?\b(?:t|translate)\b(\s*\(\s*|\s+)(?::(["']?)([\w.-]+)\2|(["'])([^"'\n]*)\4)((?:\s*,\s*:?\w+(?::|\s*=>)\s*(?:"[^"]*"|'[^']*'|:?[\w.]+))*)\s*(\)?)(\s*\.\s*html_safe)?/g

/** `name: 'Bob', :count => 2` → `{ name: 'Bob', count: '2' }` */
function callOptions(text) {
  const options = {}
  for (const m of text.matchAll(/:?(\w+)(?::|\s*=>)\s*(?:"([^"]*)"|'([^']*)'|:?([\w.]+))/g)) options[m[1]] = m[2] ?? m[3] ?? m[4]
  return options
}

/** The text I18n gives a value: a string, a number, or a plural form by `count`. */
function shown(value, options) {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'other' in value) {
    const form = Number(options.count) === 0 && 'zero' in value ? 'zero' : Number(options.count) === 1 && 'one' in value ? 'one' : 'other'
    return typeof value[form] === 'string' ? value[form] : undefined
  }
  return undefined
}

/**
 * @typedef {{ code: string, lookup: (key: string) => { value: any, from: string } | undefined, file?: string }} Strings
 *   lookup: the key in this locale, then (with I18n's fallbacks) the default locale; `from` says which
 */

/**
 * @param {string} text  one file's text
 * @param {Strings} strings
 * @param {(line: number, message: string) => void} warn  line: 0-based within `text`
 */
export function translate(text, strings, warn) {
  if (!text.includes('<%')) return text
  return text.replace(TAG, (tag, eq, code, offset) => {
    if (!/\b(?:t|translate)\b/.test(code)) return tag
    const line = text.slice(0, offset).split('\n').length - 1
    let whole
    const replaced = code.replace(CALL, (call, open, q1, symbol, q2, string, args, close, safe) => {
      // `link_to(t :docs)`: that `)` closes the outer call.
      const outer = open.includes('(') ? '' : close
      const key = symbol ?? string
      const options = callOptions(args)
      const scope = options.scope ? `${options.scope}.` : ''
      const found = strings.lookup(scope + key)
      let value = found && shown(found.value, options)
      if (value === undefined) {
        warn(line, `no text for \`${scope}${key}\` in locale "${strings.code}"${strings.file ? ` (${strings.file})` : ''} — the key itself is shown; add it to the locale's file`)
        value = scope + key
      } else if (found.from !== strings.code) {
        warn(line, `no text for \`${scope}${key}\` in locale "${strings.code}" — the "${found.from}" text is shown, as Middleman's I18n fallbacks showed it; add the translation to the locale's file`)
      }
      value = value.replace(/%\{(\w+)\}/g, (all, name) => options[name] ?? all)
      whole = { call: call.slice(0, call.length - outer.length), value }
      return JSON.stringify(value) + outer
    })
    // The tag is one call: its output is the text itself.
    if (eq && whole && code.trim() === whole.call.trim()) return whole.value
    return `<%${eq}${replaced}%>`
  })
}
