'use client'
import { useEffect } from 'react'
import { highlightArrival } from './search-arrival'
import { preloadManifest } from './search-manifest'
import { useWords } from './island-context'
import { openShell, SHELL_OPEN, shellParts, shellWords } from './search-shell'

// The search code (dialog, engine, FlexSearch) arrives on first use, as one chunk: only this
// button is in a page's first load, and the dialog's shell is an inline script (search-shell.ts).
const loadSearchCode = () => import('./search-dialog')

const attached = new WeakSet<HTMLDialogElement>()
/** The search code for the open shell, once per dialog; it reads whatever was typed meanwhile. */
function attachToShell() {
  const dialog = openShell()
  if (!dialog || attached.has(dialog)) return
  attached.add(dialog)
  // The manifest comes alongside the search code, not after it.
  preloadManifest()
  void loadSearchCode().then(
    ({ attachSearch }) => dialog.isConnected && attachSearch(shellParts(dialog)),
    () => {
      dialog.dataset.searching = ''
      shellParts(dialog).status.textContent = shellWords().searchUnavailable
    },
  )
}
// From the moment this script runs, before React hydrates the button: a shell opened before it
// arrived gets its search code now, and each one opened later as it opens.
if (typeof document !== 'undefined') {
  document.addEventListener(SHELL_OPEN, attachToShell)
  attachToShell()
}

/**
 * The search button in the sidebar; it, `/`, Ctrl+K and ⌘K open the search dialog (the shell's
 * inline script listens for them: search-shell.ts).
 */
export function SearchBox() {
  const words = useWords()
  // Each page is loaded whole: the words of the search that led here are marked once, on arrival.
  useEffect(highlightArrival, [])
  return (
    <div className="search">
      <button type="button" className="search-button" aria-haspopup="dialog" aria-keyshortcuts="/ Control+K Meta+K" onPointerEnter={() => void loadSearchCode()}>
        {words.search}
        <kbd className="search-hint" aria-hidden="true">
          /
        </kbd>
      </button>
    </div>
  )
}
