/**
 * The content trees a site is made of, read from its site.json: the current content (the folder
 * itself) and each older version listed in `versions`, a content folder of the same layout in
 * `versions/<name>/`, with the prefix each is served under (page-address.mjs: base path, then
 * version). Every tree then goes through the same pipeline. Problems are `site.json:line:col what —
 * how to fix` lines, found before anything is read or built.
 *
 * @typedef {{ name: string, label: string, dir: string, version: string, segments: string[], prefix: string,
 *   basePath: string, current: boolean }} ContentTree
 *   name: '' for the current content, else the version's; segments: the prefix's parts after the base path
 */
import fs from 'node:fs'
import path from 'node:path'
import { jsonPlaces } from './json-places.mjs'
import { basePathHint, basePathProblem, treePrefix } from '../addresses/page-address.mjs'

export const VERSIONS_DIR = 'versions'
export const CURRENT_LABEL = 'Latest'
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
// Addresses the portal itself uses at a tree's root, and names that read as files rather than folders.
const RESERVED = new Set(['category', 'search', '_portal', '_next', '_not-found', '404', VERSIONS_DIR])
const FILE_LIKE = /\.(md|txt|json|xml|html?|js|css|svg|png|jpe?g|gif|ico|webp)$/i

const NAME_HINT = 'name it with letters, digits, ".", "_" and "-", e.g. { "name": "1.x", "label": "Firmware 1.x" }'

/**
 * What is wrong with a version's name, or null: it is its URL segment (`/1.x/`), so it must be one,
 * and not be an address the site has already (a page, a folder of public/, the portal's own).
 * @param {{ slugs: Set<string>, publicNames: Set<string> }} site
 */
export function nameClash(name, { slugs, publicNames }) {
  if (!NAME.test(name)) return `version name "${name}" is not a URL segment — ${NAME_HINT}`
  if (slugs.has(name)) return `version "${name}" has the name of a page, so both would be at /${name}/ — rename the version (or the page)`
  if (RESERVED.has(name.toLowerCase()) || FILE_LIKE.test(name)) return `version "${name}" would be served at an address the portal uses for itself — choose another name, e.g. "v${name.replace(/\W+/g, '')}"`
  if (publicNames.has(name)) return `version "${name}" has the name of public/${name}, so both would be at /${name}/ — rename the version (or that folder)`
  return null
}

/** The path of `siteUrl` (`https://org.github.io/repo/` → `/repo`), '' when it has none or is no URL. */
function siteUrlPath(siteUrl) {
  try {
    return new URL(siteUrl).pathname.replace(/\/+$/, '')
  } catch {
    return ''
  }
}

/**
 * The base path as written: BASE_PATH when set, else site.json's "basePath", else the path of its
 * "siteUrl" (a site published at https://org.github.io/repo/ is served under /repo). Not yet checked.
 * @param {{ basePath?: string, siteUrl?: string }} settings @param {string} [fromEnv]
 */
export const basePathOf = (settings, fromEnv) => fromEnv ?? (settings.basePath || siteUrlPath(settings.siteUrl))

/**
 * @param {string} dir the site's content folder
 * @param {any} settings its settings (site-settings.mjs)
 * @param {{ text: string, rel: string, basePath?: string, sharedPublic?: string[] }} options text: site.json's
 *   text; rel: how messages name it; basePath: BASE_PATH when set (it wins over site.json's);
 *   sharedPublic: folders whose files are served at the base path (a version may not be named like one of them)
 * @returns {{ trees: ContentTree[], basePath: string, errors: string[], warnings: string[] }}
 */
export function siteTrees(dir, settings, { text, rel, basePath: fromEnv, sharedPublic = [] }) {
  const errors = []
  const warnings = []
  const placeOf = jsonPlaces(text)
  const at = (keys) => {
    const { line, column } = placeOf(keys)
    return `${rel}:${line}:${column}`
  }

  let basePath = basePathOf(settings, fromEnv)
  const wrong = basePathProblem(basePath)
  if (wrong) {
    const hint = `write ${fromEnv === undefined ? `"basePath": "${basePathHint(basePath)}"` : `BASE_PATH=${basePathHint(basePath)}`}: a leading /, no / at the end, no address`
    if (fromEnv !== undefined) errors.push(`BASE_PATH=${fromEnv} ${wrong} — ${hint}, or leave it unset`)
    else if (settings.basePath) errors.push(`${at(['basePath'])} "basePath" ${JSON.stringify(basePath)} ${wrong} — ${hint}, or leave it out to serve the site at the root`)
    else errors.push(`${at(['siteUrl'])} the path of "siteUrl" (${JSON.stringify(basePath)}), where the site is served, ${wrong} — give "siteUrl" a plain path, or set "basePath"`)
    basePath = ''
  } else if (siteUrlPath(settings.siteUrl) && siteUrlPath(settings.siteUrl) !== basePath) {
    warnings.push(`${at(['siteUrl'])} warning: "siteUrl" is under ${siteUrlPath(settings.siteUrl)} but the site is built for ${basePath || 'the root'} — absolute addresses (canonical links, sitemap, llms.txt) use its origin and ${basePath || 'no base path'}; make the two agree`)
  }
  if (settings.versionLabel !== undefined && (typeof settings.versionLabel !== 'string' || !settings.versionLabel.trim())) {
    errors.push(`${at(['versionLabel'])} "versionLabel" must be the current version's name as readers see it — write e.g. "versionLabel": "3.x"`)
  }
  const current = { name: '', label: settings.versionLabel?.trim?.() || CURRENT_LABEL, dir, version: '', segments: [], prefix: treePrefix({ basePath }), basePath, current: true }
  const trees = [current]
  const versions = settings.versions ?? []
  if (!Array.isArray(versions)) {
    errors.push(`${at(['versions'])} "versions" must be a list — write "versions": [{ "name": "1.x", "label": "Firmware 1.x" }]`)
    return { trees, basePath, errors, warnings }
  }

  const slugs = new Set(settings.pages ?? [])
  const publicNames = new Set(sharedPublic.flatMap((folder) => (fs.existsSync(folder) ? fs.readdirSync(folder) : [])))
  const urls = new Map()
  versions.forEach((entry, i) => {
    const name = typeof entry === 'string' ? entry : entry?.name
    const where = at(typeof entry === 'string' ? ['versions', i] : ['versions', i, 'name'])
    if (typeof name !== 'string' || !NAME.test(name)) {
      errors.push(`${where} ${typeof name === 'string' ? `version name "${name}" is not a URL segment` : 'a version has no "name"'} — ${NAME_HINT}`)
      return
    }
    const label = typeof entry === 'string' || entry.label === undefined ? name : entry.label
    if (typeof label !== 'string' || !label.trim()) {
      errors.push(`${at(['versions', i, 'label'])} version "${name}" has an empty "label" — write the name readers see, or leave "label" out to show "${name}"`)
      return
    }
    const url = name.toLowerCase()
    if (urls.has(url)) {
      const first = urls.get(url)
      errors.push(`${where} version "${name}" is listed twice${first.name === name ? '' : ` (as "${first.name}": one URL on hosts that ignore case)`}, first at ${first.where.slice(rel.length + 1)} — give each version its own name`)
      return
    }
    urls.set(url, { name, where })
    const clash = nameClash(name, { slugs, publicNames })
    if (clash) return errors.push(`${where} ${clash}`)
    const folder = path.join(dir, VERSIONS_DIR, name)
    if (!fs.existsSync(path.join(folder, 'site.json'))) {
      errors.push(`${where} version "${name}" is listed but ${path.join(path.dirname(rel), VERSIONS_DIR, name)}/${fs.existsSync(folder) ? 'site.json' : ''} does not exist — copy the content there with \`npm run version:cut ${name}\`, or remove the version from "versions"`)
      return
    }
    trees.push({ name, label: label.trim(), dir: folder, version: name, segments: [name], prefix: treePrefix({ basePath, version: name }), basePath, current: false })
  })
  const listed = new Set(versions.map((entry) => (typeof entry === 'string' ? entry : entry?.name)))
  const versionsDir = path.join(dir, VERSIONS_DIR)
  for (const entry of fs.existsSync(versionsDir) ? fs.readdirSync(versionsDir, { withFileTypes: true }) : []) {
    if (entry.isDirectory() && !listed.has(entry.name)) {
      warnings.push(`${path.join(path.dirname(rel), VERSIONS_DIR, entry.name)}/site.json:1:1 warning: this version is not listed in ${rel} "versions", so it is not built — add { "name": "${entry.name}" } there`)
    }
  }
  return { trees, basePath, errors, warnings }
}

/** The files of a tree's own `public/` (`/images/x.svg`), which are served under its prefix. */
export function ownFiles(tree) {
  if (tree.current) return []
  const folder = path.join(tree.dir, 'public')
  if (!fs.existsSync(folder)) return []
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(folder, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/')}`).sort()
}

/** The version menu's entries, newest first: the current content, then the versions as listed. */
export const versionMenu = (trees) => trees.map((tree) => ({ name: tree.name, label: tree.label, home: `${tree.prefix}/`, current: tree.current }))
