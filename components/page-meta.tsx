import { say } from './site'

type Props = { editHref: string | null; updated: string | null }

// The date as the committer wrote it (git's ISO date keeps their offset), so every build and
// every reader's time zone show the same day.
const dayOf = (iso: string) => {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

/** "Edit this page" and "Last updated" at the foot of a page, when the site has an `editUrl`. */
export function PageMeta({ editHref, updated }: Props) {
  if (!editHref && !updated) return null
  return (
    <p className="page-meta">
      {editHref && (
        <a href={editHref} rel="noopener noreferrer">
          {say('editPage')}
        </a>
      )}
      {updated && (
        <span>
          {say('lastUpdated')} <time dateTime={updated}>{dayOf(updated)}</time>
        </span>
      )}
    </p>
  )
}
