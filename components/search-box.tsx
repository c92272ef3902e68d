'use client'
import { useEffect, useRef, useState, type ComponentType } from 'react'
import { highlightArrival } from './search-highlight'
import { preloadManifest } from './search-manifest'
import { useWords } from './island-context'

type Dialog = ComponentType<{ onClose: (returnFocus: boolean) => void }>
// The dialog and the search code arrive on first use: only this button is in a page's first load.
let dialog: Promise<Dialog> | undefined
const loadDialog = () => (dialog ??= import('./search-dialog').then((m) => m.SearchDialog))
const editable = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))

/** The search button in the sidebar; it, `/`, Ctrl+K and ⌘K open the search dialog. */
export function SearchBox() {
  const [shown, setShown] = useState<{ Dialog: Dialog; session: number } | null>(null)
  // Each opening is a session: a dialog closing late (Escape, then ⌘K before its close event) must not close the next one.
  const session = useRef(0)
  const back = useRef<HTMLElement | null>(null)
  const words = useWords()
  // Each page is loaded whole: the words of the search that led here are marked once, on arrival.
  useEffect(highlightArrival, [])

  const open = () => {
    // Already open: a shortcut typed in it keeps the query. One closing is no longer [open].
    if (document.querySelector('dialog.search-dialog[open]')) return
    const mine = ++session.current
    back.current ??= document.activeElement instanceof HTMLElement ? document.activeElement : null
    // The search code and its manifest come alongside the dialog's code, not after it.
    preloadManifest()
    void import('./search-client').then(({ loadSearch }) => loadSearch()).catch(() => {})
    void loadDialog().then((Dialog) => session.current === mine && setShown({ Dialog, session: mine }))
  }
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target)
      const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)
      if (!slash && !k) return
      event.preventDefault()
      open()
    }
    addEventListener('keydown', onKey)
    return () => removeEventListener('keydown', onKey)
  }, [])

  const close = (closing: number, returnFocus: boolean) => {
    if (closing !== session.current) return
    setShown(null)
    const target = back.current
    back.current = null
    if (returnFocus && target?.isConnected) target.focus()
  }
  return (
    <div className="search">
      <button type="button" className="search-button" aria-haspopup="dialog" aria-keyshortcuts="/ Control+K Meta+K" onClick={open} onPointerEnter={() => void loadDialog()}>
        {words.search}
        <kbd className="search-hint" aria-hidden="true">
          /
        </kbd>
      </button>
      {shown && <shown.Dialog key={shown.session} onClose={(returnFocus) => close(shown.session, returnFocus)} />}
    </div>
  )
}
