/**
 * A content folder around one spec fixture, read the way the build reads it: the reference made
 * into a copy (contentWithReference), the content checks on that copy, then the loader; each page
 * as its Markdown twin (what a reader or an assistant gets from /x.md).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { contentWithReference } from '../content-with-reference.mjs'
import { checkContent } from '../../content/check-content.mjs'
import { loadSite } from '../../content/load-site.mjs'
import { pageMarkdown } from '../../markdown/page-markdown.mjs'

export const LANGUAGES = ['shell', 'javascript', 'python', 'ruby'].map((key) => ({ key, label: key[0].toUpperCase() + key.slice(1) }))

/** The spec file of a fixture folder (spec.yaml or spec.json). */
export function specOf(folder) {
  return fs.readdirSync(folder).find((name) => /^spec\.(ya?ml|json)$/.test(name))
}

/**
 * @param {string} folder  the fixture (its files are copied under openapi/)
 * @param {{ onRendered?: (slug: string, hast: any) => void, settings?: object }} [options]
 */
export async function fixtureSite(folder, options = {}) {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-fixture-'))
  const content = path.join(project, 'content')
  fs.cpSync(folder, path.join(content, 'openapi'), { recursive: true, filter: (src) => !/expected\.(md|txt)$/.test(src) })
  const settings = { title: 'Fixture', languageTabs: LANGUAGES, languageNames: { json: 'JSON' }, openapi: [{ spec: `openapi/${specOf(folder)}`, slug: 'api' }], pages: ['index', 'api'], ...options.settings }
  fs.writeFileSync(path.join(content, 'site.json'), `${JSON.stringify(settings, null, 2)}\n`)
  fs.writeFileSync(path.join(content, 'index.mdx'), '# Fixture\n\nSee the [reference](/api/).\n')
  const cleanup = () => fs.rmSync(project, { recursive: true, force: true })
  try {
    const prepared = await contentWithReference(project, content, '.out-content', { cwd: project })
    const checked = await checkContent({ dir: prepared.dir, cwd: project, onRendered: options.onRendered })
    const site = await loadSite(prepared.dir)
    const markdown = Object.fromEntries(site.pages.map((page) => [page.slug, pageMarkdown(page, site.settings)]))
    return { ...checked, specWarnings: prepared.warnings, site, markdown, dir: prepared.dir, project, cleanup }
  } catch (error) {
    cleanup()
    throw error
  }
}
