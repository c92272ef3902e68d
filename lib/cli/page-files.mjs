/**
 * The files made from the pages beside their HTML: the search files, every page as Markdown,
 * llms.txt and llms-full.txt. One list for the export (`npm run build`) and the preview
 * (`npm run dev`), so an author previews exactly what readers and assistants will get.
 */
import { loadSite } from '../content/load-site.mjs'
import { writeSearchFiles } from '../search/write-search-file.mjs'
import { writeMarkdownFiles } from '../markdown/write-markdown-files.mjs'

/** @param {string} outDir @param {Awaited<ReturnType<typeof loadSite>>} [site] */
export async function writePageFiles(outDir, site) {
  site ??= await loadSite()
  await writeSearchFiles(outDir, site)
  await writeMarkdownFiles(outDir, site)
}
