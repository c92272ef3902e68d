import type { ReactNode } from 'react'
import { AUTHOR_NOTE, PENDING_NOTICE } from '@/lib/markdown/components.mjs'

/** Marks a section whose text is not written yet, so a reader never mistakes it for an empty answer. */
export function Pending({ children }: { children?: ReactNode }) {
  return (
    <div className="pending" role="note">
      <p className="pending-title">{PENDING_NOTICE}</p>
      {children && (
        <div className="pending-note">
          {AUTHOR_NOTE}
          {children}
        </div>
      )}
    </div>
  )
}
