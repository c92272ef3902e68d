/**
 * One document's conformance check (lib/cli/conformance-openapi.mjs runs it in a process of its
 * own): a content folder naming the spec, the reference made and checked as a build does it, then
 * each operation's items looked up in the text of the page holding its anchor (or, without an
 * operationId, in any page).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { contentWithReference } from '../openapi/content-with-reference.mjs'
import { checkContent } from '../content/check-content.mjs'
import { readSettings } from '../content/site-settings.mjs'
import { SHOWN_ATTRIBUTES } from '../search/records.mjs'
import { readSpec } from '../openapi/read-spec.mjs'
import { specInventory } from '../openapi/spec-inventory.mjs'
import { measuredRun } from '../bench/process-tree.mjs'

const squash = (text) => text.replace(/\s+/g, ' ')
const INLINE = new Set(['a', 'code', 'em', 'strong', 'span', 'b', 'i', 'del', 'sup', 'sub', 'kbd', 'abbr', 'small', 'mark', 'br'])

/** A page's text and ids, from exported HTML or from the compiler's tree (where a component's shown attributes count as text). */
function pageText(tree) {
  const parts = []
  const ids = new Set()
  const walk = (node) => {
    // A heading's `#` link mark is the portal's, not the spec's text.
    if ([node.properties?.className ?? []].flat().includes('heading-anchor')) return
    if (node.type === 'text') parts.push(node.value)
    const id = node.properties?.id ?? node.attributes?.find((a) => a.name === 'id')?.value
    if (id) ids.add(String(id))
    for (const name of SHOWN_ATTRIBUTES[node.name] ?? []) {
      const value = node.attributes?.find((a) => a.name === name)?.value
      if (typeof value === 'string') parts.push(` ${value} `)
    }
    // Blocks are kept apart; text inside a line (a link, code) runs on as a reader sees it.
    const block = node.type === 'mdxJsxFlowElement' || (node.type === 'element' && !INLINE.has(node.tagName))
    if (block) parts.push(' ')
    for (const child of node.children ?? []) walk(child)
    if (block) parts.push(' ')
  }
  walk(tree)
  return { text: squash(parts.join('')), ids }
}

/** @returns {Promise<any>} the counts and what is missing, as JSON */
export async function checkDocument(specFile, { build = false, root = process.cwd() } = {}) {
  const spec = await readSpec(specFile)
  const expected = specInventory(spec.api)
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-openapi-'))
  const languageTabs = ['shell', 'javascript', 'python', 'ruby'].map((key) => ({ key, label: key }))
  fs.writeFileSync(path.join(content, 'site.json'), JSON.stringify({ title: 'Conformance', languageTabs, languageNames: { json: 'JSON' }, search: true, openapi: [{ spec: path.relative(content, path.resolve(specFile)), slug: 'reference' }], pages: ['index', 'reference'] }))
  fs.writeFileSync(path.join(content, 'index.mdx'), '# Conformance\n')
  const pages = new Map()
  const problems = []
  let warnings = 0
  try {
    const prepared = await contentWithReference(root, content, '.out-conformance-content')
    warnings = prepared.warnings.length
    const slugs = readSettings(prepared.dir).pages
    if (build) {
      const out = '.out-conformance'
      const run = await measuredRun(process.execPath, [path.join(root, 'lib/cli/build.mjs')], { cwd: root, env: { ...process.env, CONTENT_DIR: content, PORTAL_OUT: out } })
      if (run.status !== 0) problems.push(`build failed: ${run.output.split('\n').slice(-12).join(' / ')}`)
      for (const slug of slugs) {
        const file = path.join(root, out, slug === 'index' ? '' : slug, 'index.html')
        if (fs.existsSync(file)) pages.set(slug, pageText(fromHtml(fs.readFileSync(file, 'utf8'))))
      }
      fs.rmSync(path.join(root, out), { recursive: true, force: true })
    } else {
      const { errors } = await checkContent({ dir: prepared.dir, onRendered: (slug, hast) => pages.set(slug, pageText(hast)) })
      problems.push(...errors)
    }
    fs.rmSync(prepared.dir, { recursive: true, force: true })
  } finally {
    fs.rmSync(content, { recursive: true, force: true })
  }

  const missing = []
  let itemsTotal = 0
  let itemsFound = 0
  let anchorsFound = 0
  const anchored = expected.filter((o) => o.anchor)
  for (const operation of expected) {
    const holder = operation.anchor
      ? [...pages.values()].find((page) => page.ids.has(operation.anchor))
      : [...pages.values()].find((page) => page.text.includes(operation.path) && page.text.includes(squash(operation.summary.split('\n')[0]).trim()))
    if (operation.anchor && holder) anchorsFound += 1
    else if (operation.anchor) missing.push(`${operation.where}: anchor #${operation.anchor}`)
    const items = [['method', operation.method], ['path', operation.path], ['summary', operation.summary], ...operation.parameters.map((p) => ['parameter', p]), ...operation.statuses.map((s) => ['status', s])].filter(([, v]) => v)
    for (const [kind, value] of items) {
      itemsTotal += 1
      const text = holder?.text ?? ''
      // A summary written over several lines is shown line by line (the heading takes the first).
      const lines = kind === 'summary' ? value.split('\n').map((line) => squash(line).trim()).filter(Boolean) : [squash(value)]
      const found = kind === 'method' ? text.toUpperCase().includes(value) : lines.every((line) => text.includes(line))
      if (found) itemsFound += 1
      else missing.push(`${operation.where}: ${kind} ${JSON.stringify(value)}`)
    }
  }
  return {
    version: spec.version,
    operations: expected.filter((o) => !o.webhook).length,
    webhooks: expected.filter((o) => o.webhook).length,
    pages: pages.size,
    itemsTotal,
    itemsFound,
    anchorsTotal: anchored.length,
    anchorsFound,
    warnings,
    problems,
    missing,
  }
}
