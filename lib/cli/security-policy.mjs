/**
 * The Content-Security-Policy every page carries. The policy itself is the one `npm start` sends
 * (lib/cli/serve.json), with no `'unsafe-inline'`: each page's own inline scripts (the theme and
 * language scripts that must run before the first paint, the home page's old-anchor redirect) and
 * its inline style (the rules that show the chosen sample language) are allowed by their sha256
 * hashes instead. A page carries its policy in a <meta> (GitHub Pages cannot send headers), so a
 * script injected into a page never runs, whatever the host; a host that sends headers sends the
 * same policy with the hashes of every page (browsers enforce every policy they get, so each page
 * is still held to its own).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const SERVE_CONFIG = path.join(path.dirname(fileURLToPath(import.meta.url)), 'serve.json')
const CSP = 'Content-Security-Policy'
// What a <meta> policy cannot hold (browsers ignore it there, with a console error).
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

/** serve.json's policy, as [directive, sources[]] pairs. */
export function basePolicy(config = JSON.parse(fs.readFileSync(SERVE_CONFIG, 'utf8'))) {
  const value = config.headers.flatMap((rule) => rule.headers).find((header) => header.key === CSP)?.value ?? ''
  return value.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...sources]) => [name, sources])
}

const hashOf = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g

/** @returns {{ scripts: string[], styles: string[] }} the CSP sources of a page's inline scripts and styles */
export function inlineHashes(html) {
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((m) => hashOf(m[1]))
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => hashOf(m[1]))
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] }
}

/**
 * The policy with these hashes allowed.
 * @param {{ scripts: string[], styles: string[] }} hashes @param {{ meta?: boolean }} [options] meta: for a <meta> element
 */
export function policyWith(hashes, { meta = false } = {}, base = basePolicy()) {
  return base
    .filter(([name]) => !(meta && HEADER_ONLY.has(name)))
    .map(([name, sources]) => {
      const added = name === 'script-src' ? hashes.scripts : name === 'style-src' ? hashes.styles : []
      return [name, ...sources, ...added].join(' ')
    })
    .join('; ')
}

/** A page with its policy as the first thing its head holds after the charset, so it covers every script. */
export function withPolicyMeta(html) {
  const hashes = inlineHashes(html)
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyWith(hashes, { meta: true }).replace(/"/g, '&quot;')}"/>`
  const at = /<meta charSet="utf-8"\/>|<meta charset="utf-8">/i.exec(html)
  const page = at ? `${html.slice(0, at.index + at[0].length)}${meta}${html.slice(at.index + at[0].length)}` : html.replace(/<head>/i, `<head>${meta}`)
  return { html: page, hashes }
}

/** Every hash of many pages, once each. */
export const unionOf = (list) => ({ scripts: [...new Set(list.flatMap((h) => h.scripts))].sort(), styles: [...new Set(list.flatMap((h) => h.styles))].sort() })
