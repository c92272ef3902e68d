import type { ReactNode } from 'react'
import { Island } from './island'
import { SearchEntry } from './search-entry'
import { Sidebar } from './sidebar'
import { currentSite, say } from './site'
import { VersionBanner } from './version-banner'

/** Slate's frame around every page: the skip link, the phone's top bar with Menu, the sidebar, the main column. */
export function PortalFrame({ current, children }: { current: { slug?: string; group?: string }; children: ReactNode }) {
  const site = currentSite()
  return (
    <div className="portal">
      <a className="skip-link" href="#content">
        {say('skipToContent')}
      </a>
      <header className="topbar">
        <Island name="menu-button" props={{}} />
        <span className="topbar-title">{site.settings.title}</span>
      </header>
      <nav id="sidebar" className="sidebar" aria-label={say('documentation')} data-open="false" data-nav={site.navFile ?? undefined}>
        <Sidebar site={site} current={current} search={site.settings.search ? <SearchEntry /> : undefined} />
      </nav>
      <main id="content" className="page" tabIndex={-1}>
        <VersionBanner site={site} slug={current.slug} />
        {children}
      </main>
    </div>
  )
}
