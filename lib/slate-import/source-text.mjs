/**
 * Reads a Slate source file as the text Slate saw: a byte-order mark and Windows line endings are
 * dropped first, so every later step (front matter, fences, tables) can rely on `\n`.
 */
import fs from 'node:fs'

/** @param {string} text */
export function normalizeText(text) {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

/** @param {string} file */
export function readSource(file) {
  return normalizeText(fs.readFileSync(file, 'utf8'))
}

// The line starts of the last text asked about: warnings and headings ask many times per file.
let lastText = ''
let lineStarts = [0]

/** 1-based line of an offset, for warnings that name file:line. */
export function lineAt(text, offset) {
  if (text !== lastText) {
    lastText = text
    lineStarts = [0]
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  }
  let lo = 0
  let hi = lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lineStarts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}
