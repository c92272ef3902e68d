import type { ReactNode } from 'react'

/** Marks a section whose text is not written yet, so a reader never mistakes it for an empty answer. */
export function Pending({ children }: { children?: ReactNode }) {
  return (
    <div className="pending" role="note">
      <p className="pending-title">This section is being written.</p>
      {children && <div className="pending-note">Author’s note: {children}</div>}
    </div>
  )
}
