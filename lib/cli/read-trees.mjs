/**
 * The build's first step: which content trees the site has (lib/content/site-trees.mjs: the current
 * content and each older version, each in its default locale and its translations), and each one
 * read once (lib/content/read-site.mjs) into its part of the site folder, under the prefix it is
 * served at; except an older version's tree the last build can give again unchanged
 * (reuse-trees.mjs), which is not read at all. Nothing is rendered yet: every problem of every tree
 * is found before `next build` starts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { readSite } from '../content/read-site.mjs'
import { contentWithReference } from '../openapi/content-with-reference.mjs'
import { ContentError, readSettings } from '../content/site-settings.mjs'
import { siteTrees, versionMenu } from '../content/site-trees.mjs'
import { ownFiles, ownPublic } from '../content/tree-files.mjs'
import { LOCALES_DIR, localeMenu } from '../content/locale-trees.mjs'
import { pageAddress } from '../addresses/page-address.mjs'
import { treeFolder } from '../content/built-site.mjs'
import { PORTAL_STRINGS } from '../locales/portal-strings.mjs'
import { folderKey, hashParts, lastBuild, portalKey, sharedListing, treeKey } from './reuse-trees.mjs'

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
  const { trees, basePath, errors, warnings, locales } = siteTrees(content, settings, { text, rel, basePath: process.env.BASE_PATH, sharedPublic })
  if (errors.length) return { errors, warnings, basePath, built: [], reused: [] }

  const [current] = trees
  const byName = new Map(trees.map((tree) => [tree.name, tree]))
  const localeOf = new Map(locales.map((locale) => [locale.code, locale]))
  // The pages a translation has translated (its .mdx files), which its siblings name as alternates.
  const translatedIn = (tree) => (tree.translates == null ? null : fs.existsSync(tree.dir) ? fs.readdirSync(tree.dir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort() : [])
  /** Where each page of the current version is, per locale: an older version's banner and canonical links name it. */
  const currentPages = new Map()
  /** What a tree's pages show of the rest of the site (site-manifest.mjs's ManifestTree), given its pages. */
  const infoOf = (tree, slugs) => {
    const latest = trees.find((t) => t.current && t.locale === tree.locale) ?? current
    const pages = currentPages.get(latest.name) ?? {}
    const siblings = trees.filter((t) => (t.translates ?? t.name) === (tree.translates ?? tree.name))
    return {
      name: tree.name, label: tree.label, segments: tree.segments, prefix: tree.prefix, basePath, current: tree.current, versions: versionMenu(trees, tree.locale),
      currentVersion: tree.current ? null : { label: current.label, home: `${latest.prefix}/`, pages: Object.fromEntries(slugs.filter((slug) => pages[slug]).map((slug) => [slug, pages[slug]])) },
      locale: localeOf.get(tree.locale), locales: localeMenu(trees, tree, locales), strings: { ...PORTAL_STRINGS, ...tree.strings },
      translations: siblings.map((t) => ({ code: t.locale, prefix: t.prefix, slugs: translatedIn(t) })),
    }
  }
  // The content a tree is read from: the author's folder, or a copy with the API reference made now; once per folder.
  const prepared = new Map()
  const prepare = (tree) => {
    if (!prepared.has(tree.name)) prepared.set(tree.name, contentWithReference(root, tree.dir, `.out-content${work}${tree.name ? `-${tree.name}` : ''}`))
    return prepared.get(tree.name)
  }
  const read = async (tree) => {
    const original = tree.translates == null ? null : byName.get(tree.translates)
    const from = original ? { dir: tree.dir, warnings: [] } : await prepare(tree)
    const { errors: problems, warnings: notes, site } = await readSite({
      dir: from.dir,
      out: siteDir ? path.join(siteDir, treeFolder(tree.name)) : undefined,
      cache,
      paths: { prefix: tree.prefix, basePath, own: ownFiles(tree) },
      // A tree's pictures: its own, else those every version shares (never a copy's: it has no public/).
      publicDirs: [...new Set([...ownPublic(tree).reverse(), path.join(tree.versionDir ?? tree.dir, 'public'), ...sharedPublic])],
      translation: original ? { dir: (await prepare(original)).dir, prefix: original.prefix, settings: tree.localeSettings } : undefined,
      words: tree.strings,
    })
    errors.push(...problems)
    warnings.push(...from.warnings, ...notes)
    if (site && !tree.current && tree.translates == null && (site.settings.versions.length || site.settings.basePath || site.settings.versionLabel || site.settings.locales)) {
      warnings.push(`${path.relative(root, path.join(tree.dir, 'site.json'))}:1:1 warning: "versions", "versionLabel", "basePath" and "locales" of a version are not read — the site's own ${rel} sets them for every version`)
    }
    return site
  }

  const built = []
  const reused = []
  const last = full || !out ? null : lastBuild(out)
  const shared = { portal: portalKey(root), shared: sharedListing(sharedPublic), origin: new URL(settings.siteUrl).origin }
  // A version's default tree does not show its translations' pages; a translation shows its version's untranslated ones.
  const folderOf = (tree) => (tree.translates == null ? folderKey(tree.dir, new Set([LOCALES_DIR])) : hashParts([folderKey(tree.dir), folderKey(tree.versionDir, new Set([LOCALES_DIR]))]))
  for (const tree of trees) {
    // The current version is always read; an older one's tree only when it changed.
    const folder = tree.current ? '' : folderOf(tree)
    const before = !tree.current && last?.basePath === basePath ? last.trees?.[tree.name] : undefined
    const same = before && before.key === treeKey({ ...shared, folder, tree: infoOf(tree, before.slugs) })
    if (same && out && fs.existsSync(path.join(out, ...tree.segments, 'index.html'))) {
      reused.push({ tree, last: before })
      continue
    }
    const site = await read(tree)
    if (tree.current && site) currentPages.set(tree.name, Object.fromEntries(site.pages.map((page) => [page.slug, pageAddress(page.slug, site.home, tree.prefix)])))
    if (site) built.push({ tree, site, key: tree.current ? null : treeKey({ ...shared, folder, tree: infoOf(tree, site.pages.map((page) => page.slug)) }) })
  }
  for (const entry of built) entry.info = infoOf(entry.tree, entry.site.pages.map((page) => page.slug))
  // A translation meets its original's problems again (its untranslated pages, the shared settings): each is said once.
  return { errors: [...new Set(errors)], warnings: [...new Set(warnings)], basePath, built, reused }
}
