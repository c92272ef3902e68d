import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { loadSite } from '@/lib/content/load-site.mjs'
import { LanguageBoot } from '@/components/language-boot'
import { ThemeBoot } from '@/components/theme-boot'
import './theme.css'
import './globals.css'
import './highlight.css'

export async function generateMetadata(): Promise<Metadata> {
  const { settings } = await loadSite()
  return { metadataBase: new URL(settings.siteUrl), title: settings.title, description: settings.description }
}

export const viewport: Viewport = { colorScheme: 'light dark' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { languages } = await loadSite()
  return (
    // The head scripts set data-lang and data-theme before React runs; React is told that is expected.
    <html lang="en" data-languages={JSON.stringify(languages)} suppressHydrationWarning>
      <head>
        <ThemeBoot />
        <LanguageBoot languages={languages} />
      </head>
      <body>{children}</body>
    </html>
  )
}
