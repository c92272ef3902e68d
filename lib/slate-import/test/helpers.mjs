/** Shared by the importer tests: run an import of a fixture and read its pages as the portal does. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import remarkGfm from 'remark-gfm'
import { importSlate } from '../import-site.mjs'

export const fixture = (...parts) => path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', ...parts)

export function importFixture(name, files = ['index.html.md']) {
  const result = importSlate(files.map((f) => fixture(name, 'input', f)))
  const page = (slug) => result.pages.find((p) => p.slug === slug)?.mdx
  return { ...result, page }
}

const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm)
/** The mdast the portal's MDX compiler starts from. */
export const parseMdx = (text) => mdx.parse(text)
