/** serve.json's globs (`**`, `*`, `{a,b}`), as the `serve` package read them, for npm start's server and nginx. */

/** A glob as a regular expression over a path without its leading `/`. */
export function globPattern(glob) {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (glob.startsWith('**/', i)) (source += '(?:.*/)?'), (i += 2)
    else if (glob.startsWith('**', i)) (source += '.*'), (i += 1)
    else if (c === '*') source += '[^/]*'
    else if (c === '{') source += '(?:'
    else if (c === '}') source += ')'
    else if (c === ',') source += '|'
    else source += c.replace(/[.+?^$()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}
