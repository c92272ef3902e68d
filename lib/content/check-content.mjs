/**
 * The content checks run before every build (and by `npm run check:content`): each problem is one
 * line, `content/x.mdx:12:3 what — how to fix`, so an author can jump to it. Errors stop the build;
 * warnings are printed and let it go on.
 */
import fs from 'node:fs'
import path from 'node:path'
import { compile } from '@mdx-js/mdx'
import { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { readSettings, ContentError } from './site-settings.mjs'
import { pluginFunctions } from '../mdx/plugins.mjs'
import { declaredLabel } from '../languages/site-languages.mjs'
import { checkPageTree } from './check-page-tree.mjs'
import { explicitId } from './explicit-id.mjs'
import { sourcePlace } from './source-place.mjs'

/** Where a compiler message really points: mdx-jsx names the opening tag in its reason. */
function placeOf(message) {
  const inReason = /\((\d+):(\d+)-\d+:\d+\)/.exec(message.reason)
  if (inReason && (!message.line || /^Expected a closing tag/.test(message.reason))) return { line: +inReason[1], column: +inReason[2] }
  return { line: message.line ?? 1, column: message.column ?? 1 }
}

function hintFor(message) {
  if (message.reason.includes(' — ')) return ''
  if (message.source === 'micromark-extension-mdx-expression' || message.source === 'acorn') {
    return ' — a literal `{` or `}` must be written `\\{` `\\}`, or put in `code`'
  }
  if (/closing tag/.test(message.reason)) return ' — close the tag (or write a literal `<` as `\\<`)'
  if (message.source?.includes('mdx-jsx')) return ' — write a literal `<` as `\\<`, or check the tag on this line'
  return ' — fix the MDX at this position'
}

/** Line and column of the first occurrence of `needle` in a text, for problems in site.json. */
function locate(text, needle, from = 0) {
  const at = Math.max(0, text.indexOf(needle, from))
  const before = text.slice(0, at).split('\n')
  return { line: before.length, column: before.at(-1).length + 1, at }
}

/**
 * @param {{ dir: string, cwd?: string, onRendered?: (slug: string, hast: any) => void }} options  dir: the
 *   content folder; cwd: what paths are relative to; onRendered: hears each page's HTML tree (JSX
 *   components still as nodes), for checks that want what a page shows without a full build
 * @returns {Promise<{ errors: string[], warnings: string[] }>}
 */
export async function checkContent({ dir, cwd = process.cwd(), onRendered }) {
  const errors = []
  const warnings = []
  const placeIn = sourcePlace(dir, cwd)
  const rel = (file) => placeIn(file, 0, 0).replace(/:0:0$/, '')
  let settings
  try {
    settings = readSettings(dir)
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    const relSettings = rel(path.join(dir, 'site.json'))
    return { errors: [error.message.replace(/^[^:]+(?=:\d+:\d+ )/, relSettings)], warnings }
  }
  const settingsFile = path.join(dir, 'site.json')
  const settingsText = fs.readFileSync(settingsFile, 'utf8')
  const pagesAt = settingsText.indexOf('"pages"')
  const slugs = []
  for (const slug of settings.pages) {
    const { line, column } = locate(settingsText, `"${slug}"`, pagesAt)
    const where = `${rel(settingsFile)}:${line}:${column}`
    if (slugs.includes(slug)) errors.push(`${where} page "${slug}" is listed twice — list each page once in "pages"`)
    else if (!fs.existsSync(path.join(dir, `${slug}.mdx`))) errors.push(`${where} page "${slug}" is listed but ${rel(path.join(dir, `${slug}.mdx`))} does not exist — create the file or remove it from "pages"`)
    else slugs.push(slug)
  }
  if (settings.editUrl !== '' && !/^https?:\/\/[^/\s]+(\/\S*)?$/.test(String(settings.editUrl))) {
    const { line, column } = locate(settingsText, '"editUrl"')
    errors.push(`${rel(settingsFile)}:${line}:${column} "editUrl" must be a web address that the page's path is added to — write e.g. "https://github.com/org/docs/edit/main/", or remove it`)
  }
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
    if (!settings.pages.includes(file.slice(0, -4))) warnings.push(`${rel(path.join(dir, file))}:1:1 warning: page is not listed in site.json "pages", so it is not built — add "${file.slice(0, -4)}" there`)
  }

  const { remarkPlugins, rehypePlugins } = pluginFunctions(settings)
  const pages = []
  const broken = new Set()
  for (const slug of slugs) {
    const file = path.join(dir, `${slug}.mdx`)
    let tree
    const capture = () => (t) => void (tree = structuredClone(t))
    try {
      await compile(new VFile({ path: file, value: fs.readFileSync(file, 'utf8') }), {
        remarkPlugins: [...remarkPlugins, capture],
        rehypePlugins: onRendered ? [...rehypePlugins, () => (hast) => void onRendered(slug, hast)] : rehypePlugins,
      })
    } catch (error) {
      if (typeof error?.reason !== 'string') throw error
      const { line, column } = placeOf(error)
      errors.push(`${placeIn(error.file || file, line, column)} ${error.reason}${hintFor(error)}`)
      broken.add(slug)
      continue
    }
    pages.push({ slug, file, tree })
  }

  const anchors = new Map(pages.map(({ slug, tree }) => [slug, idsIn(tree)]))
  const publicDirs = [...new Set([path.join(dir, 'public'), path.resolve(dir, '..', 'public'), path.join(process.cwd(), 'public')])]
  const used = new Set()
  for (const page of pages) {
    visit(page.tree, 'mdxJsxFlowElement', (node) => {
      if (node.name === 'Sample') used.add(node.attributes.find((a) => a.name === 'lang').value)
    })
    for (const problem of checkPageTree(page, { anchors, broken, publicDirs })) {
      errors.push(`${placeIn(page.file, problem.line, problem.column)} ${problem.message}`)
    }
  }
  for (const tab of settings.languageTabs) {
    if (used.has(tab.key)) continue
    const { line, column } = locate(settingsText, `"${tab.key}"`)
    warnings.push(`${rel(settingsFile)}:${line}:${column} warning: language "${tab.key}" is in languageTabs but no sample uses it — remove it or add a sample`)
  }
  for (const key of used) {
    if (declaredLabel(key, settings)) continue
    warnings.push(`${rel(settingsFile)}:1:1 warning: sample language "${key}" has no display name — add "${key}": "Name" to languageNames`)
  }
  return { errors, warnings }
}

/** Every id a reader can link to on a page: headings, terminal rows and elements given an id (`<a id="x">`). */
function idsIn(tree) {
  const ids = new Set()
  visit(tree, (node) => {
    if (node.type === 'heading' && node.data?.id) ids.add(node.data.id)
    for (const terminal of node.data?.terminals ?? []) ids.add(terminal.id)
    const own = explicitId(node)
    if (own) ids.add(own)
  })
  return ids
}
