import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { siteVersion, treeAt } from '@/lib/content/built-site.mjs'
import { LanguageBoot } from '@/components/language-boot'
import { ThemeBoot } from '@/components/theme-boot'
import { DevRefresh } from '@/components/dev-refresh'
import { currentSite, renderTree } from '@/components/site'
import '../theme.css'
import '../globals.css'
import '../highlight.css'
import '../versions.css'

type Props = { params: Promise<{ slug?: string[] }> }

/** The root layout sits in the catch-all segment, so it knows which content tree the page is in. */
async function treeOf(params: Props['params']) {
  renderTree(treeAt((await params).slug ?? []).tree)
  return currentSite()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { settings } = await treeOf(params)
  return { metadataBase: new URL(new URL(settings.siteUrl).origin), title: settings.title, description: settings.description }
}

export const viewport: Viewport = { colorScheme: 'light dark' }

export default async function RootLayout({ children, params }: Props & { children: ReactNode }) {
  const { languages, tree } = await treeOf(params)
  return (
    // The head scripts set data-lang and data-theme before React runs; React is told that is expected.
    // data-tree: where this tree is served (base path, version), which the page's scripts fetch from.
    <html lang="en" data-tree={tree.prefix} data-languages={JSON.stringify(languages)} suppressHydrationWarning>
      <head>
        <ThemeBoot />
        <LanguageBoot languages={languages} />
      </head>
      <body>
        {children}
        {process.env.PORTAL_DEV === '1' && <DevRefresh events="/_portal/dev-events" version={siteVersion()} />}
      </body>
    </html>
  )
}
