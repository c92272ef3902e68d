'use client'
import { usePathname } from 'next/navigation'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { highlightSection, rememberHighlight, takeHighlight } from './search-highlight'
import { SearchResults, type Group, type Result } from './search-results'

// Loaded once per visit, on first use: FlexSearch and the index stay out of every page's first load.
let loading: ReturnType<typeof load> | undefined
const load = () =>
  Promise.all([
    import('@/lib/search/query.mjs'),
    fetch('/search/index.json').then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`)
      return response.json()
    }),
  ]).then(([{ importSearch, groupByPage }, data]) => ({ ...importSearch(data), group: groupByPage }))
function loadSearch() {
  loading ??= load()
  loading.catch(() => (loading = undefined))
  return loading
}

const editable = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))

/** The search box at the top of the sidebar: a combobox whose listbox shows results as you type. */
export function SearchBox() {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const back = useRef<HTMLElement | null>(null)
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<{ query: string; groups: Group[]; terms: string[] } | null>(null)
  const [active, setActive] = useState(-1)
  const [open, setOpen] = useState(false)
  const [failed, setFailed] = useState(false)
  const pathname = usePathname()

  // A result that led to this page marks its words in the section it opened.
  useEffect(() => {
    const pending = takeHighlight()
    if (pending) loadSearch().then(({ encode }) => highlightSection(pending.anchor, pending.terms, encode))
  }, [pathname])

  // `/` and Ctrl/Cmd+K focus the box from anywhere (on a phone, opening the menu first).
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target)
      const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)
      if (!slash && !k) return
      event.preventDefault()
      back.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      if (input.current && !input.current.getClientRects().length) document.getElementById('menu-button')?.click()
      requestAnimationFrame(() => input.current?.focus())
    }
    addEventListener('keydown', onKey)
    return () => removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => {
    const text = query.trim()
    if (!text) return setFound(null)
    let current = true
    loadSearch().then(
      ({ search, group }) => {
        if (!current) return
        const { results, terms } = search(text)
        setFound({ query: text, groups: group(results), terms })
        setActive(-1)
      },
      () => current && setFailed(true),
    )
    return () => {
      current = false
    }
  }, [query])

  const count = found?.groups.reduce((n, g) => n + g.results.length, 0) ?? 0
  const optionId = (i: number) => `${id}-list-${i}`

  const openResult = (result: Result) => {
    if (found) rememberHighlight(result.url, found.terms)
    setOpen(false)
    // Same page: no remount follows the navigation, so mark the words here once it has scrolled.
    if (result.url.split('#')[0] === location.pathname) requestAnimationFrame(() => {
      const pending = takeHighlight()
      if (pending) loadSearch().then(({ encode }) => highlightSection(pending.anchor, pending.terms, encode))
    })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      if (count) setActive((a) => (event.key === 'ArrowDown' ? (a + 1) % count : (a <= 0 ? count : a) - 1))
    } else if (event.key === 'Enter' && count) {
      event.preventDefault()
      document.getElementById(optionId(Math.max(active, 0)))?.click()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      setQuery('')
      setOpen(false)
      const target = back.current
      back.current = null
      if (target && target !== input.current && target.isConnected) target.focus()
      else input.current?.blur()
    }
  }

  const expanded = open && Boolean(query.trim())
  return (
    <div className="search" role="search" onPointerEnter={() => void loadSearch().catch(() => {})}>
      <label htmlFor={`${id}-input`} className="search-label">
        Search
      </label>
      <div className="search-field">
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded && count > 0}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-keyshortcuts="/ Control+K Meta+K"
          autoComplete="off"
          spellCheck={false}
          placeholder="Search"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setOpen(true)
          }}
          onFocus={(event) => {
            back.current ??= event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null
            setOpen(true)
            void loadSearch().catch(() => setFailed(true))
          }}
          onKeyDown={onKeyDown}
        />
        <kbd className="search-hint" aria-hidden="true" hidden={Boolean(query)}>
          /
        </kbd>
      </div>
      {expanded && found && count > 0 && (
        <SearchResults id={`${id}-list`} groups={found.groups} active={active} onOpen={openResult} />
      )}
      <p className="search-status" role="status">
        {expanded && found && count === 0 && `No results for “${found.query}”`}
        {expanded && failed && 'Search is unavailable right now.'}
      </p>
    </div>
  )
}
