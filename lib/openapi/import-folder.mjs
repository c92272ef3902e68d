/**
 * `npm run import:openapi`: the files of a new content folder for a spec: the spec and every file
 * it `$ref`s, copied beside the pages under `openapi/` (keeping their relative paths), a site.json
 * whose `openapi` key names it, and a home page that leads to the reference. The reference pages
 * themselves are not written: every build makes them from the copied spec.
 */
import path from 'node:path'
import { readSpec } from './read-spec.mjs'
import { firstLine } from './description.mjs'
import { pageMdx } from './write-reference.mjs'
import { heading, link, paragraph, text } from './mdast.mjs'

const LANGUAGES = [
  { key: 'shell', label: 'Shell' },
  { key: 'javascript', label: 'JavaScript' },
  { key: 'python', label: 'Python' },
  { key: 'ruby', label: 'Ruby' },
]

/** The folder all the files share. */
function commonFolder(files) {
  let common = path.dirname(files[0])
  while (!files.every((file) => !path.relative(common, file).startsWith('..'))) common = path.dirname(common)
  return common
}

/** @returns {Promise<{ files: { path: string, content?: string, copyFrom?: string }[], title: string, specFiles: number }>} */
export async function importOpenApi(specFile, { slug = 'reference' } = {}) {
  const spec = await readSpec(specFile)
  const common = commonFolder(spec.files)
  const copied = spec.files.map((file) => ({ path: path.join('openapi', path.relative(common, file)), copyFrom: file }))
  const entry = path.join('openapi', path.relative(common, spec.file)).split(path.sep).join('/')
  const info = spec.api.info ?? {}
  const title = typeof info.title === 'string' && info.title.trim() ? info.title.trim() : 'API reference'
  const summary = typeof info.summary === 'string' ? info.summary : firstLine(info.description)
  const settings = {
    title,
    description: summary.length > 160 ? `${summary.slice(0, 157).replace(/\s+\S*$/, '')}…` : summary,
    siteUrl: 'http://localhost:3000',
    languageTabs: LANGUAGES,
    languageNames: { json: 'JSON' },
    responseLanguages: ['json', 'text'],
    tocFooters: [],
    search: true,
    openapi: [{ spec: entry, slug }],
    pages: ['index', slug],
  }
  const home = { type: 'root', children: [heading(1, title), ...(summary ? [paragraph(text(summary))] : []), paragraph(text('Every operation of the API, with samples in your language: '), link(`/${slug}/`, text('API reference')), text('.'))] }
  return {
    title,
    specFiles: copied.length,
    files: [...copied, { path: 'site.json', content: `${JSON.stringify(settings, null, 2)}\n` }, { path: 'index.mdx', content: pageMdx(home) }],
  }
}
