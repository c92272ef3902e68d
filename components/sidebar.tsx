import Link from 'next/link'
import type { ReactNode } from 'react'
import { InlineLinks } from './inline-links'
import { ThemeSwitch } from './theme-switch'
import { TocLink } from './toc-link'

type Heading = { depth: number; text: string; id: string }
type Page = { slug: string; href: string; title: string; headings: Heading[] }

/** The sidebar: title, search slot, every page with the current page's h2/h3, the theme switch, and the footers. */
export function Sidebar(props: { title: string; pages: Page[]; current: string; footers: string[]; search?: ReactNode }) {
  return (
    <div className="sidebar-inner">
      <p className="site-title">
        <Link href="/">{props.title}</Link>
      </p>
      {props.search}
      <ul className="toc">
        {props.pages.map((page) => (
          <li key={page.slug}>
            <Link href={page.href} className="toc-page" aria-current={page.slug === props.current ? 'page' : undefined}>
              {page.title}
            </Link>
            {page.slug === props.current && <Sections headings={page.headings} />}
          </li>
        ))}
      </ul>
      <ThemeSwitch />
      {props.footers.length > 0 && (
        <ul className="toc-footers">
          {props.footers.map((text) => (
            <li key={text}>
              <InlineLinks text={text} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
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
          <TocLink id={heading.id}>{heading.text}</TocLink>
          {children.length > 0 && (
            <ul>
              {children.map((h3) => (
                <li key={h3.id}>
                  <TocLink id={h3.id}>{h3.text}</TocLink>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  )
}
