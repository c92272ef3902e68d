/**
 * The content checks run before every build (and by `npm run check:content`): each problem is one
 * line, `content/x.mdx:12:3 what — how to fix`, so an author can jump to it. Errors stop the build;
 * warnings are printed and let it go on. The checks are the site read once (read-site.mjs) with
 * nothing written.
 */
import { readSite } from './read-site.mjs'
import { pageFacts } from './read-page.mjs'

/**
 * @param {{ dir: string, cwd?: string, onRendered?: (slug: string, hast: any) => void }} options  dir: the
 *   content folder; cwd: what paths are relative to; onRendered: hears each page's HTML tree (JSX
 *   components still as nodes), for checks that want what a page shows without a full build
 * @returns {Promise<{ errors: string[], warnings: string[] }>}
 */
export async function checkContent({ dir, cwd = process.cwd(), onRendered }) {
  const { errors, warnings } = await readSite({ dir, cwd, onRendered })
  return { errors, warnings }
}

/** Every id a reader can link to on a page: headings, terminal rows and elements given an id (`<a id="x">`). */
export const idsIn = (tree) => new Set(pageFacts(tree, { slug: '', href: '/', file: '', includes: [] }).ids)
