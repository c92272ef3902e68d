import type { ReactNode } from 'react'
import { sidebarFor, type SidebarEntry } from '@/lib/content/sidebar.mjs'
import type { Manifest } from '@/lib/content/site-manifest.mjs'
import { InlineLinks } from './inline-links'
import { Island } from './island'

type Heading = { depth: number; text: string; id: string }
type Current = { slug?: string; group?: string }

/**
 * The sidebar: title, search slot, the page tree as this page shows it (its own groups open,
 * every other group a title that opens on demand: lib/content/sidebar.mjs), the current page's
 * h2/h3, the theme switch, and the footers.
 */
export function Sidebar({ site, current, search }: { site: Manifest; current: Current; search?: ReactNode }) {
  const headings = current.slug ? site.pages[current.slug]?.headings ?? [] : []
  const entries = sidebarFor(site, current)
  return (
    <div className="sidebar-inner">
      <p className="site-title">
        <a href={`${site.tree.prefix}/`}>{site.settings.title}</a>
      </p>
      {(site.tree.locales?.length ?? 0) > 1 && (
        <Island name="locale-menu" props={{ current: site.tree.locale.code, locales: site.tree.locales }} />
      )}
      {site.tree.versions.length > 1 && (
        <Island
          name="version-menu"
          props={{ label: site.tree.label, versions: site.tree.versions.map(({ label, home }) => ({ label, home })) }}
        />
      )}
      {search}
      <ul className="toc">
        <Entries entries={entries} current={current} headings={headings} />
      </ul>
      <Island name="theme-switch" props={{}} />
      {site.settings.tocFooters.length > 0 && (
        <ul className="toc-footers">
          {site.settings.tocFooters.map((text: string) => (
            <li key={text}>
              <InlineLinks text={text} paths={site.settings.paths} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function Entries({ entries, current, headings }: { entries: SidebarEntry[]; current: Current; headings: Heading[] }) {
  return entries.map((entry) => {
    if (entry.kind === 'page') {
      const here = entry.slug === current.slug
      return (
        <li key={entry.slug}>
          <a href={entry.href} className="toc-page" aria-current={here ? 'page' : undefined}>
            {entry.title}
          </a>
          {here && <Sections headings={headings} />}
        </li>
      )
    }
    return (
      <li key={entry.id} className="toc-group">
        <Island name="group-toggle" props={{ id: entry.id, title: entry.title, open: entry.open }} />
        <ul className="toc-group-pages" id={`toc-group-${entry.id}`} hidden={!entry.open}>
          <Entries entries={entry.entries} current={current} headings={headings} />
        </ul>
      </li>
    )
  })
}

function Sections({ headings }: { headings: Heading[] }) {
  const h2s: { heading: Heading; children: Heading[] }[] = []
  for (const heading of headings) {
    if (heading.depth === 2) h2s.push({ heading, children: [] })
    else if (heading.depth === 3 && h2s.length) h2s.at(-1)!.children.push(heading)
  }
  if (h2s.length === 0) return null
  return (
    <ul className="toc-sections">
      {h2s.map(({ heading, children }) => (
        <li key={heading.id}>
          <Island name="toc-link" props={{ id: heading.id, label: heading.text }} />
          {children.length > 0 && (
            <ul>
              {children.map((h3) => (
                <li key={h3.id}>
                  <Island name="toc-link" props={{ id: h3.id, label: h3.text }} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  )
}
