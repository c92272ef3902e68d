'use client'
import { useEffect, useState, type ReactNode, type MouseEvent } from 'react'

/** Below ~930px the sidebar hides behind a Menu button; it closes on Escape and on a link. */
export function MenuDrawer({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      document.getElementById('menu-button')?.focus()
    }
    addEventListener('keydown', onKey)
    return () => removeEventListener('keydown', onKey)
  }, [open])

  const closeOnLink = (event: MouseEvent) => {
    if ((event.target as Element).closest('a')) setOpen(false)
  }

  return (
    <>
      <header className="topbar">
        <button id="menu-button" type="button" className="menu-button" aria-expanded={open} aria-controls="sidebar" onClick={() => setOpen(!open)}>
          <span aria-hidden="true">☰</span> Menu
        </button>
        <span className="topbar-title">{title}</span>
      </header>
      <nav id="sidebar" className="sidebar" aria-label="Documentation" data-open={open} onClick={closeOnLink}>
        {children}
      </nav>
    </>
  )
}
