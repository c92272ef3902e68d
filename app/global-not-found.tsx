import type { Metadata } from 'next'
import { builtSite } from '@/lib/content/built-site.mjs'
import { ThemeBoot } from '@/components/theme-boot'
import './theme.css'
import './globals.css'

// The one 404 page of the whole site (hosts serve a single 404.html), outside any content tree:
// the root layout lives in the catch-all segment, so this page brings its own <html>.
export const metadata: Metadata = { title: 'Page not found', description: 'There is no page at this address.' }

export default function GlobalNotFound() {
  const { tree } = builtSite()
  return (
    <html lang="en" data-tree={tree.prefix}>
      <head>
        <ThemeBoot />
      </head>
      <body>
        <main id="content" className="not-found">
          <h1>Page not found</h1>
          <p>There is no page at this address. It may have moved when the docs were reorganised.</p>
          <p>
            <a href={`${tree.basePath}/`}>Go to the home page</a>
          </p>
        </main>
      </body>
    </html>
  )
}
