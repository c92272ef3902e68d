import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { builtSite, siteVersion } from '@/lib/content/built-site.mjs'
import { LanguageBoot } from '@/components/language-boot'
import { ThemeBoot } from '@/components/theme-boot'
import { DevRefresh } from '@/components/dev-refresh'
import './theme.css'
import './globals.css'
import './highlight.css'

export function generateMetadata(): Metadata {
  const { settings } = builtSite()
  return { metadataBase: new URL(settings.siteUrl), title: settings.title, description: settings.description }
}

export const viewport: Viewport = { colorScheme: 'light dark' }

export default function RootLayout({ children }: { children: ReactNode }) {
  const { languages } = builtSite()
  return (
    // The head scripts set data-lang and data-theme before React runs; React is told that is expected.
    <html lang="en" data-languages={JSON.stringify(languages)} suppressHydrationWarning>
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
