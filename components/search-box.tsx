'use client'
import { useEffect } from 'react'
import { highlightSection, takeHighlight } from './search-highlight'
import { preloadManifest } from './search-manifest'
import { openSearchShell, openShell, UNAVAILABLE } from './search-shell'

// The search code (dialog, engine, FlexSearch) arrives on first use, as one chunk: only this
// button and the dialog's shell are in a page's first load.
const loadSearchCode = () => import('./search-dialog')
const editable = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))

/** Marks the words of the search that led here, in the section it opened. */
export function highlightArrival() {
  const pending = takeHighlight()
  if (pending) void loadSearchCode().then(({ loadSearch }) => loadSearch()).then(({ encode }) => highlightSection(pending.anchor, pending.terms, encode))
}

/**
 * Opens search: the shell at once, in the same task as the key press or click, so every key typed
 * next lands in its box; then the search code attaches to it. Already open: a shortcut typed in it
 * keeps the query.
 */
function openSearch() {
  if (openShell()) return
  const shell = openSearchShell()
  // The manifest comes alongside the search code, not after it.
  preloadManifest()
  void loadSearchCode().then(
    ({ attachSearch }) => shell.dialog.isConnected && attachSearch(shell),
    () => {
      shell.takeOver()
      shell.status.textContent = UNAVAILABLE
    },
  )
}

/** The search button in the sidebar; it, `/`, Ctrl+K and ⌘K open the search dialog. */
export function SearchBox() {
  // Each page is loaded whole: the words of the search that led here are marked once, on arrival.
  useEffect(highlightArrival, [])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target)
      const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)
      if (!slash && !k) return
      event.preventDefault()
      openSearch()
    }
    addEventListener('keydown', onKey)
    return () => removeEventListener('keydown', onKey)
  }, [])

  return (
    <div className="search">
      <button type="button" className="search-button" aria-haspopup="dialog" aria-keyshortcuts="/ Control+K Meta+K" onClick={openSearch} onPointerEnter={() => void loadSearchCode()}>
        Search
        <kbd className="search-hint" aria-hidden="true">
          /
        </kbd>
      </button>
    </div>
  )
}
