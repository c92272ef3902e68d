import { say } from './site'

type PageLink = { href: string; title: string }

/** Previous / next page, at the end of every page. */
export function PageNav({ prev, next }: { prev?: PageLink; next?: PageLink }) {
  if (!prev && !next) return null
  return (
    <nav className="page-nav" aria-label={say('pageNav')}>
      {prev && (
        <a href={prev.href} rel="prev" className="page-nav-prev">
          <span className="page-nav-dir">{say('previous')}</span> {prev.title}
        </a>
      )}
      {next && (
        <a href={next.href} rel="next" className="page-nav-next">
          <span className="page-nav-dir">{say('next')}</span> {next.title}
        </a>
      )}
    </nav>
  )
}
