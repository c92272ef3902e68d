/**
 * The one list of remark/rehype/recma plugins, used wherever a page is read (lib/content/read-page.mjs:
 * its compiled code, facts, search records, checks; lib/content/load-site.mjs), so all see the same ids
 * and sections.
 */
import remarkGfm from 'remark-gfm'
import rehypeHighlight from 'rehype-highlight'
import remarkInclude from './remark-include.mjs'
import remarkHeadingIds from './remark-heading-ids.mjs'
import remarkFigures from './remark-figures.mjs'
import remarkTerminalTable from './remark-terminal-table.mjs'
import remarkSampleGroups from './remark-sample-groups.mjs'
import remarkExamplesColumn from './remark-examples-column.mjs'
import rehypeSitePaths from './rehype-site-paths.mjs'
import rehypeStaticHtml from './rehype-static-html.mjs'
import recmaStaticHtml from './recma-static-html.mjs'

/**
 * @param {{ responseLanguages?: string[], languageTabs?: { key: string }[], paths?: { prefix: string, basePath: string, own: string[] } }} settings
 *   paths: where the content tree is served (lib/addresses/page-address.mjs); none: at the root
 * @returns {{ remarkPlugins: any[], rehypePlugins: any[], finishPlugins: any[], recmaPlugins: any[] }} as unified's
 *   `use` takes them; finishPlugins run after the rehype plugins and after anything else that reads the HTML tree
 *   (the page's finished tree as the renderer gets it), recmaPlugins on the compiled code
 */
export function pluginFunctions(settings) {
  return {
    remarkPlugins: [
      [remarkGfm],
      [remarkInclude],
      [remarkHeadingIds],
      [remarkFigures],
      [remarkTerminalTable],
      [remarkSampleGroups, { responseLanguages: settings.responseLanguages ?? ['json', 'text'], order: (settings.languageTabs ?? []).map((tab) => tab.key) }],
      [remarkExamplesColumn],
    ],
    rehypePlugins: [
      [rehypeHighlight, { detect: false }],
      [rehypeSitePaths, settings.paths ?? {}],
    ],
    // Plain HTML as HTML, once nothing reads the tree any more.
    finishPlugins: [[rehypeStaticHtml]],
    recmaPlugins: [[recmaStaticHtml]],
  }
}
