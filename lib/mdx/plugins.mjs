/**
 * The one list of remark/rehype plugins, shared by the MDX compiler (next.config.mjs) and by the
 * content loader (table of contents, search, checks), so both see the same ids and sections.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import remarkGfm from 'remark-gfm'
import rehypeHighlight from 'rehype-highlight'
import remarkInclude from './remark-include.mjs'
import remarkHeadingIds from './remark-heading-ids.mjs'
import remarkFigures from './remark-figures.mjs'
import remarkTerminalTable from './remark-terminal-table.mjs'
import remarkSampleGroups from './remark-sample-groups.mjs'
import remarkExamplesColumn from './remark-examples-column.mjs'
import rehypeSitePaths from './rehype-site-paths.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const own = (name) => path.join(here, `${name}.mjs`)

/**
 * @param {{ responseLanguages?: string[], languageTabs?: { key: string }[], paths?: { prefix: string, basePath: string, own: string[] } }} settings
 *   paths: where the content tree is served (lib/addresses/page-address.mjs); none: at the root
 */
function plugins(settings) {
  return {
    remark: [
      ['remark-gfm', remarkGfm],
      [own('remark-include'), remarkInclude],
      [own('remark-heading-ids'), remarkHeadingIds],
      [own('remark-figures'), remarkFigures],
      [own('remark-terminal-table'), remarkTerminalTable],
      [own('remark-sample-groups'), remarkSampleGroups, {
        responseLanguages: settings.responseLanguages ?? ['json', 'text'],
        order: (settings.languageTabs ?? []).map((tab) => tab.key),
      }],
      [own('remark-examples-column'), remarkExamplesColumn],
    ],
    rehype: [
      ['rehype-highlight', rehypeHighlight, { detect: false }],
      [own('rehype-site-paths'), rehypeSitePaths, settings.paths ?? {}],
    ],
  }
}

const asSpec = ([name, , options]) => (options === undefined ? name : [name, options])
const asUse = ([, fn, options]) => (options === undefined ? [fn] : [fn, options])

/** Plugins as Turbopack wants them: module names or absolute paths, with JSON-only options. */
export function pluginSpecs(settings) {
  const { remark, rehype } = plugins(settings)
  return { remarkPlugins: remark.map(asSpec), rehypePlugins: rehype.map(asSpec) }
}

/** The same plugins as functions, for a unified pipeline run in Node. */
export function pluginFunctions(settings) {
  const { remark, rehype } = plugins(settings)
  return { remarkPlugins: remark.map(asUse), rehypePlugins: rehype.map(asUse) }
}
