/**
 * Puts a tree's prefix on the root-relative links and pictures of its pages, as they are rendered:
 * authors write `/kittens/#x` and `/images/x.svg` relative to their own content tree, and a tree may
 * be served under a base path, a version and a locale (lib/content/page-address.mjs). Markdown links
 * and pictures, and `href` / `src` written in JSX (`<a href>`, `<img src>`, as the Slate importer
 * writes raw HTML), alike. The page's Markdown twin resolves the same paths the same way
 * (`servedPath`), so both name one address.
 *
 * Options (all optional; with none of them the plugin changes nothing):
 * - `prefix` (default ''): the tree's prefix, e.g. `/docs/1.x`; pages are there
 * - `basePath` (default ''): the site's base path, e.g. `/docs`; files every tree shares are there
 * - `own` (default []): the files (`/images/x.svg`) in the tree's own `public/`, served under `prefix`
 */
import { visit } from 'unist-util-visit'
import { servedPath } from '../addresses/page-address.mjs'

const URL_PROPERTIES = ['href', 'src']

export default function rehypeSitePaths(options = {}) {
  const paths = { prefix: options.prefix ?? '', basePath: options.basePath ?? '', own: new Set(options.own ?? []) }
  return (tree) => {
    if (!paths.prefix && !paths.basePath) return
    visit(tree, (node) => {
      if (node.type === 'element') {
        for (const name of URL_PROPERTIES) {
          if (typeof node.properties?.[name] === 'string') node.properties[name] = servedPath(node.properties[name], paths)
        }
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes ?? []) {
          if (attribute.type === 'mdxJsxAttribute' && URL_PROPERTIES.includes(attribute.name) && typeof attribute.value === 'string') {
            attribute.value = servedPath(attribute.value, paths)
          }
        }
      }
    })
  }
}
