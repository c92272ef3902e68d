/**
 * Where a JSON text first goes wrong, as line and column. V8's JSON.parse messages on Node 20
 * often give no position at all, and an author needs one to fix site.json.
 */
export function jsonErrorPlace(text) {
  let i = 0
  const fail = () => {
    throw i
  }
  const space = () => {
    while (/\s/.test(text[i] ?? '')) i++
  }
  const literal = (word) => (text.startsWith(word, i) ? (i += word.length) : fail())
  const string = () => {
    i++
    while (text[i] !== '"') {
      if (i >= text.length || text[i] === '\n') fail()
      i += text[i] === '\\' ? 2 : 1
    }
    i++
  }
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i))
    if (!match) fail()
    i += match[0].length
  }
  const list = (close, item) => {
    i++
    space()
    if (text[i] === close) return i++
    for (;;) {
      item()
      space()
      if (text[i] === close) return i++
      if (text[i] !== ',') fail()
      i++
      space()
      if (text[i] === close) fail()
    }
  }
  const value = () => {
    space()
    const c = text[i]
    if (c === '{') list('}', () => (text[i] === '"' ? string() : fail(), space(), text[i] === ':' ? i++ : fail(), value()))
    else if (c === '[') list(']', value)
    else if (c === '"') string()
    else if (c === 't') literal('true')
    else if (c === 'f') literal('false')
    else if (c === 'n') literal('null')
    else number()
  }
  try {
    value()
    space()
    if (i < text.length) fail()
    return undefined
  } catch (at) {
    if (typeof at !== 'number') throw at
    const before = text.slice(0, at).split('\n')
    return { line: before.length, column: before.at(-1).length + 1 }
  }
}
