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

/** 1-based line of an offset, for warnings that name file:line. */
export function lineAt(text, offset) {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
