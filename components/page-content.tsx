import * as runtime from 'react/jsx-runtime'
import { pageCode } from '@/lib/content/built-site.mjs'
import { useMDXComponents } from './content-components'

/**
 * A page's content: its MDX, compiled once when the site was read (lib/content/read-page.mjs, with
 * the site's plugins), run here with React's JSX runtime and the portal's components.
 */
export function PageContent({ slug, tree }: { slug: string; tree: string }) {
  const { default: Content } = new Function(pageCode(slug, tree))({ ...runtime, useMDXComponents })
  return <Content />
}
