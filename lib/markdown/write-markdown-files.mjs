/**
 * Writes the Markdown side of a built site: every page at its Markdown address (`out/kittens.md`,
 * `out/index.md`), `out/llms.txt` and `out/llms-full.txt`. The build calls it on the fresh export
 * folder, so these files swap in with the pages they were read from.
 */
import fs from 'node:fs'
import path from 'node:path'
import { loadSite } from '../content/load-site.mjs'
import { markdownHref } from './addresses.mjs'
import { pageMarkdown } from './page-markdown.mjs'
import { LLMS_FILE, LLMS_FULL_FILE, llmsFullTxt, llmsTxt } from './llms-txt.mjs'

/** @returns {Promise<string[]>} the files written */
export async function writeMarkdownFiles(outDir, site) {
  site ??= await loadSite()
  const files = []
  const write = (name, text) => {
    const file = path.join(outDir, name)
    fs.writeFileSync(file, text)
    files.push(file)
  }
  for (const page of site.pages) write(markdownHref(page.slug).slice(1), pageMarkdown(page, site.settings))
  write(LLMS_FILE, llmsTxt(site))
  write(LLMS_FULL_FILE, llmsFullTxt(site))
  return files
}
