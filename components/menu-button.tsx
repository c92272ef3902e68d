'use client'
import { useEffect, useState } from 'react'
import { useWords } from './island-context'

/**
 * Below ~930px the sidebar (`#sidebar`, rendered by the server) hides behind this Menu button; it
 * opens and closes it, and closes it on Escape and when a link in it is followed.
 */
export function MenuButton() {
  const [open, setOpen] = useState(false)
  const words = useWords()
  useEffect(() => {
    const sidebar = document.getElementById('sidebar')
    if (!sidebar) return
    sidebar.dataset.open = String(open)
    const onLink = (event: MouseEvent) => {
      if ((event.target as Element).closest('a')) setOpen(false)
    }
    const onKey = (event: KeyboardEvent) => {
      if (!open || event.key !== 'Escape') return
      setOpen(false)
      document.getElementById('menu-button')?.focus()
    }
    sidebar.addEventListener('click', onLink)
    addEventListener('keydown', onKey)
    return () => {
      sidebar.removeEventListener('click', onLink)
      removeEventListener('keydown', onKey)
    }
  }, [open])

  return (
    <button id="menu-button" type="button" className="menu-button" aria-expanded={open} aria-controls="sidebar" onClick={() => setOpen(!open)}>
      <span aria-hidden="true">☰</span> {words.menu}
    </button>
  )
}
