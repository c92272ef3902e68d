'use client'
import { useActiveSection } from './active-section'

/** A table-of-contents entry for a section of the current page; marked while it is in view. */
export function TocLink({ id, label }: { id: string; label: string }) {
  const current = useActiveSection() === id
  return (
    <a href={`#${id}`} aria-current={current ? 'location' : undefined} className="toc-link">
      {label}
    </a>
  )
}
