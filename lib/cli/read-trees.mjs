/**
 * The build's first step: which content trees the site has (lib/content/site-trees.mjs: the current
 * content and each older version), and each one read once (lib/content/read-site.mjs) into its part
 * of the site folder, under the prefix it is served at; except an older version the last build can
 * give again unchanged (reuse-trees.mjs), which is not read at all. Nothing is rendered yet: every
 * problem of every tree is found before `next build` starts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { readSite } from '../content/read-site.mjs'
import { contentWithReference } from '../openapi/content-with-reference.mjs'
import { ContentError, readSettings } from '../content/site-settings.mjs'
import { ownFiles, siteTrees, versionMenu } from '../content/site-trees.mjs'
import { treeFolder } from '../content/built-site.mjs'
import { folderKey, lastBuild, portalKey, sharedListing, treeKey } from './reuse-trees.mjs'

/** What the reading process tells the build (lib/cli/read-content.mjs), in the site folder. */
export const READ_FILE = 'read.json'

/**
 * @param {{ root: string, content: string, siteDir: string | null, out: string | null, work: string, cache: any, full?: boolean }} options
 *   content: the site's content folder; siteDir: where the read trees go (null: nowhere, a check); out: the last export
 *   (whose versions may be reused); work: the suffix of this build's work folders; full: reuse nothing
 * @returns {Promise<{ errors: string[], warnings: string[], basePath: string, built: { tree: any, site: any, info: any, key: string | null }[],
 *   reused: { tree: any, last: any }[] }>}
 */
export async function readTrees({ root, content, siteDir, out, work, cache, full = false }) {
  const rel = path.relative(root, path.join(content, 'site.json'))
  let settings
  try {
    settings = readSettings(content)
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    return { errors: [error.message], warnings: [], basePath: '', built: [], reused: [] }
  }
  const sharedPublic = [path.join(content, 'public'), path.join(root, 'public')]
  const text = fs.readFileSync(path.join(content, 'site.json'), 'utf8')
  const { trees, basePath, errors, warnings } = siteTrees(content, settings, { text, rel, basePath: process.env.BASE_PATH, sharedPublic })
  if (errors.length) return { errors, warnings, basePath, built: [], reused: [] }

  const menu = versionMenu(trees)
  const [current] = trees
  let currentPages = {}
  /** What a tree's pages show of the rest of the site (site-manifest.mjs's ManifestTree), given its pages. */
  const infoOf = (tree, slugs) => ({
    name: tree.name, label: tree.label, segments: tree.segments, prefix: tree.prefix, basePath, current: tree.current, versions: menu,
    currentVersion: tree.current ? null : { label: current.label, home: `${current.prefix}/`, pages: Object.fromEntries(slugs.filter((slug) => currentPages[slug]).map((slug) => [slug, currentPages[slug]])) },
  })
  const read = async (tree) => {
    const prepared = await contentWithReference(root, tree.dir, `.out-content${work}${tree.name ? `-${tree.name}` : ''}`)
    const { errors: problems, warnings: notes, site } = await readSite({
      dir: prepared.dir,
      out: siteDir ? path.join(siteDir, treeFolder(tree.name)) : undefined,
      cache,
      paths: { prefix: tree.prefix, basePath, own: ownFiles(tree) },
      // A tree's pictures: its own, else those every version shares (never a copy's: it has no public/).
      publicDirs: [...new Set([path.join(tree.dir, 'public'), ...sharedPublic])],
    })
    errors.push(...problems)
    warnings.push(...prepared.warnings, ...notes)
    if (site && !tree.current && (site.settings.versions.length || site.settings.basePath || site.settings.versionLabel)) {
      warnings.push(`${path.relative(root, path.join(tree.dir, 'site.json'))}:1:1 warning: "versions", "versionLabel" and "basePath" of a version are not read — the site's own ${rel} sets them for every version`)
    }
    return site
  }

  const built = []
  const reused = []
  const site = await read(current)
  if (site) built.push({ tree: current, site, key: null })
  currentPages = Object.fromEntries((site?.pages ?? []).map((page) => [page.slug, page.href]))
  const last = full || !out ? null : lastBuild(out)
  const shared = { portal: portalKey(root), shared: sharedListing(sharedPublic), origin: new URL(settings.siteUrl).origin }
  for (const tree of trees.slice(1)) {
    const folder = folderKey(tree.dir)
    const before = last?.basePath === basePath ? last.trees?.[tree.name] : undefined
    const same = before && before.key === treeKey({ ...shared, folder, tree: infoOf(tree, before.slugs) })
    if (same && out && fs.existsSync(path.join(out, ...tree.segments, 'index.html'))) {
      reused.push({ tree, last: before })
      continue
    }
    const version = await read(tree)
    if (version) built.push({ tree, site: version, key: treeKey({ ...shared, folder, tree: infoOf(tree, version.pages.map((page) => page.slug)) }) })
  }
  for (const entry of built) entry.info = infoOf(entry.tree, entry.site.pages.map((page) => page.slug))
  return { errors, warnings, basePath, built, reused }
}
