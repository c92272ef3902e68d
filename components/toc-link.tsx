'use client'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { useActiveSection } from './active-section'

/** A table-of-contents entry for a section of the current page; marked while it is in view. */
export function TocLink({ id, children }: { id: string; children: ReactNode }) {
  const current = useActiveSection() === id
  return (
    <Link href={`#${id}`} aria-current={current ? 'location' : undefined} className="toc-link" scroll>
      {children}
    </Link>
  )
}
