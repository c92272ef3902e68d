#!/usr/bin/env node
/**
 * `npm run import:slate -- <slate-repo | its source/ | index.html.md [more pages…]> --out <dir> [--force] [--site-url https://…] [--default-locale <code>]`:
 * turns a Slate source into a portal content folder (build it with `CONTENT_DIR=<dir> npm run build`).
 * Given a folder, it finds the pages as Middleman does (see source-pages.mjs) and says which.
 * --site-url: where the Slate site was served; links to its paths outside the docs go there.
 * --default-locale: a localized site's locale of the pages without one in their name, when neither
 * config.rb nor locales/*.yml says (default `en`).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { importSlate } from '../slate-import/import-site.mjs'
import { findPages } from '../slate-import/source-pages.mjs'
import { OutError, writeAtomically } from '../slate-import/writer.mjs'

const usage = 'usage: npm run import:slate -- <path/to/slate-repo, its source/, or index.html.md [more pages…]> --out <dir> [--force] [--site-url https://docs.example.com/] [--default-locale en]'

let args
try {
  args = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, 'site-url': { type: 'string' }, 'default-locale': { type: 'string' }, force: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } } })
} catch (error) {
  console.error(`${error.message}\n${usage}`)
  process.exit(2)
}
const { values, positionals } = args
if (!values.out || positionals.length === 0) {
  console.error(usage)
  process.exit(2)
}
const missing = positionals.filter((file) => !fs.existsSync(file))
if (missing.length) {
  console.error(`not found: ${missing.join(', ')}\n${usage}`)
  process.exit(2)
}

const folders = positionals.filter((p) => fs.statSync(p).isDirectory())
if (folders.length && positionals.length > 1) {
  console.error(`give one folder (the Slate repository or its source/), or page files — not both: ${folders.join(', ')}\n${usage}`)
  process.exit(2)
}
let sources = positionals
let sourceRoot
if (folders.length) {
  const found = findPages(folders[0])
  if (found.pages.length === 0) {
    console.error(`no Slate pages in ${found.root} — a page is a *.html.md, *.html.md.erb or *.html.erb file outside includes/ and layouts/\n${usage}`)
    process.exit(2)
  }
  sources = found.pages
  sourceRoot = found.root
  const names = sources.map((file) => path.relative(found.root, file))
  console.log(`Found ${names.length} page${names.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), found.root) || '.'}/ (${names[0]} is the home page): ${names.join(', ')}`)
}

const siteUrl = values['site-url']
if (siteUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(siteUrl)) {
  console.error(`--site-url ${siteUrl}: give the address the Slate site was served at, such as https://docs.example.com/\n${usage}`)
  process.exit(2)
}

const defaultLocale = values['default-locale']
if (defaultLocale !== undefined && !/^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/.test(defaultLocale)) {
  console.error(`--default-locale ${defaultLocale}: give the locale code the site's pages without one in their name are in, such as en or pt-BR\n${usage}`)
  process.exit(2)
}

const result = importSlate(sources, { progress: (line) => console.log(`  ${line}`), siteUrl, sourceRoot, defaultLocale })
try {
  writeAtomically(values.out, result.files, { force: values.force })
} catch (error) {
  if (!(error instanceof OutError)) throw error
  console.error(error.message)
  process.exit(1)
}
const shown = values.quiet ? result.warnings.slice(0, 20) : result.warnings
for (const warning of shown) console.warn(`warning: ${warning}`)
if (shown.length < result.warnings.length) console.warn(`… and ${result.warnings.length - shown.length} more warnings`)
const s = result.summary
console.log(
  `Imported ${s.sources} source page${s.sources === 1 ? '' : 's'} into ${values.out}: ${s.pages} pages, ${s.sections} sections, ` +
    `${s.codeSamples} code samples, ${s.tables} tables, ${s.asides} asides, ${s.images} images, ` +
    `${s.anchorsRedirected} old anchors redirected, ${s.commentsDropped} HTML comments dropped, ${s.warnings} warnings.`,
)
if (s.locales) console.log(`Locales: ${s.locales.map(({ code, pages }, i) => `${code} (${pages} pages${i === 0 ? ', the default' : ` in locales/${code}/`})`).join(', ')}.`)
console.log(`Build it with: CONTENT_DIR=${values.out} npm run build`)
