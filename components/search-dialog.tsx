'use client'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'
import { loadSearch, onPiecesLoading } from './search-client'
import { highlightArrival, rememberHighlight } from './search-highlight'
import { SearchResults, type Group, type Result } from './search-results'
import { fill, useWords } from './island-context'

// While the pieces a query needs are on their way, a short pause in typing before fetching, so a
// word typed fast fetches its own pieces, not those of each letter on the way.
const TYPING_MS = 90

/** The search dialog: a combobox whose listbox shows results grouped by page, as you type. */
export function SearchDialog({ onClose }: { onClose: (returnFocus: boolean) => void }) {
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<{ query: string; groups: Group[]; terms: string[] } | null>(null)
  const [active, setActive] = useState(-1)
  const [pending, setPending] = useState(1)
  const [failed, setFailed] = useState(false)
  const words = useWords()

  useEffect(() => {
    dialog.current?.showModal()
    const stop = onPiecesLoading(setPending)
    loadSearch().then(() => setPending(0), () => setFailed(true))
    return stop
  }, [])

  useEffect(() => {
    const text = query.trim()
    if (!text) return setFound(null)
    let current = true
    let timer: ReturnType<typeof setTimeout> | undefined
    loadSearch()
      .then(({ search, group, ready }) => {
        const run = async () => {
          const { results, terms } = await search(text)
          if (!current) return
          setFound({ query: text, groups: group(results), terms })
          setActive(-1)
        }
        if (!found || ready(text)) return run()
        timer = setTimeout(() => void run().catch(() => current && setFailed(true)), TYPING_MS)
      })
      .catch(() => current && setFailed(true))
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [query])

  const count = found?.groups.reduce((n, g) => n + g.results.length, 0) ?? 0
  const optionId = (i: number) => `${id}-list-${i}`

  const openResult = (result: Result) => {
    if (found) rememberHighlight(result.url, found.terms)
    onClose(false)
    // Same page: no remount follows the navigation, so mark the words here once it has scrolled.
    if (result.url.split('#')[0] === location.pathname) requestAnimationFrame(highlightArrival)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (count) setActive((a) => (event.key === 'ArrowDown' ? (a + 1) % count : (a <= 0 ? count : a) - 1))
    } else if (event.key === 'Enter' && count) {
      event.preventDefault()
      document.getElementById(optionId(Math.max(active, 0)))?.click()
    } else if (event.key === 'Escape') {
      // The dialog closes itself; the menu drawer behind it stays as it was.
      event.stopPropagation()
    }
  }

  const status = failed
    ? words.searchUnavailable
    : query.trim() && pending > 0
      ? words.searchLoading
      : found && query.trim()
        ? count ? (count === 1 ? words.oneResult : fill(words.results, { count })) : fill(words.noResults, { query: found.query })
        : ''
  return createPortal(
    <dialog ref={dialog} className="search-dialog" aria-label={words.search} onClose={() => onClose(true)} onClick={(event) => event.target === dialog.current && dialog.current.close()}>
      <div className="search" role="search">
        <label htmlFor={`${id}-input`} className="search-label">
          {words.search}
        </label>
        <div className="search-field">
          <input
            id={`${id}-input`}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={Boolean(query.trim()) && count > 0}
            aria-controls={`${id}-list`}
            aria-activedescendant={active >= 0 && count ? optionId(active) : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder={words.searchPlaceholder}
            autoFocus
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <kbd className="search-hint" aria-hidden="true">
            Esc
          </kbd>
        </div>
        <p className="search-status" role="status">
          {status}
        </p>
        {found && query.trim() && count > 0 && <SearchResults id={`${id}-list`} label={words.searchResults} groups={found.groups} active={active} onOpen={openResult} />}
      </div>
    </dialog>,
    document.body,
  )
}
