/**
 * Where everything of a site is served. A site is a set of content trees (the current content, each
 * older version, later each locale), all read and rendered alike; a tree is served under its prefix,
 * made of, outermost first:
 *
 *   base path  (where the whole site is published: `/docs`; none at a host's root)
 *   version    (`/1.x` for an older version; none for the current content)
 *   locale     (`/ko` for a translation; none for the default locale)
 *
 * so `/docs/1.x/ko/kittens/`. Authors write addresses relative to their own tree (`/kittens/#x`,
 * `/images/x.svg`); every address the portal builds is a prefix and such a path. A prefix is '' or
 * starts with `/` and has no `/` at its end.
 */

/** @param {{ basePath?: string, version?: string, locale?: string }} parts */
export const treePrefix = ({ basePath = '', version = '', locale = '' } = {}) => `${basePath}${version ? `/${version}` : ''}${locale ? `/${locale}` : ''}`

/** Where a page is served: the home page at the tree's `/`, every other page at `/<slug>/`. */
export const pageAddress = (slug, home = 'index', prefix = '') => `${prefix}${slug === home ? '/' : `/${slug}/`}`

/** Where a page's Markdown twin is served: `/kittens.md`, `/index.md` for the home page. */
export const markdownHref = (slug, prefix = '') => `${prefix}/${slug}.md`

/** Where a group's page (the list of its pages, for readers without JavaScript) is served. */
export const groupAddress = (id, prefix = '') => `${prefix}/category/${id}/`

/** An absolute URL: the origin of `siteUrl` and an address (which carries the base path already). */
export const absoluteUrl = (siteUrl, address) => `${new URL(siteUrl).origin}${address}`

// A path written in content that names a file (`/images/x.svg`, `/spec.json`), not a page
// (`/kittens/`, Slate's `/kittens.html`).
const FILE = /\.[a-z0-9]+$/i

/**
 * Where a root-relative path written in a tree's content is served. A page path is the tree's own;
 * a file is the tree's when its own `public/` holds it (`own`), else the site's shared one, served
 * at the base path, so an older version shows the pictures every version shares.
 * @param {string} url e.g. `/kittens/#x`, `/images/x.svg`; anything else is returned as it is
 * @param {{ prefix?: string, basePath?: string, own?: Iterable<string> | { has: (path: string) => boolean } }} paths
 */
export function servedPath(url, { prefix = '', basePath = '', own = [] } = {}) {
  if (!/^\/(?!\/)/.test(url) || (!prefix && !basePath)) return url
  const pathname = url.replace(/[?#].*$/, '')
  if (!FILE.test(pathname) || pathname.endsWith('.html')) return `${prefix}${url}`
  const owned = typeof own.has === 'function' ? own : new Set(own)
  return `${owned.has(decodeURI(pathname)) ? prefix : basePath}${url}`
}

/**
 * What is wrong with a base path, or null: `/docs` and `/org/docs` are paths; `docs`, `/docs/`,
 * `https://…`, `/a//b`, `/../x` are not.
 */
export function basePathProblem(value) {
  if (value === '') return null
  if (typeof value !== 'string') return 'is not text'
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return 'is an address, not a path'
  if (!value.startsWith('/')) return 'does not start with /'
  if (value.endsWith('/')) return value === '/' ? 'is the root, which is no base path (leave it out)' : 'ends with /'
  const segments = value.slice(1).split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return 'has an empty, "." or ".." segment'
  if (segments.some((s) => !/^[A-Za-z0-9._~-]+$/.test(s))) return 'has characters a path segment should not (use letters, digits, ".", "_", "~", "-")'
  return null
}

/** How to write the base path that was meant, for a message's "— how to fix" part. */
export const basePathHint = (value) => {
  const words = String(value).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split('/').filter((s) => s && s !== '.' && s !== '..')
  return words.length ? `/${words.join('/')}` : '/docs'
}
