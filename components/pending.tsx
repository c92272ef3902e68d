import type { ReactNode } from 'react'
import { say } from './site'

/** Marks a section whose text is not written yet, so a reader never mistakes it for an empty answer. */
export function Pending({ children }: { children?: ReactNode }) {
  return (
    <div className="pending" role="note">
      <p className="pending-title">{say('sectionPending')}</p>
      {children && (
        <div className="pending-note">
          {say('authorNote')}
          {children}
        </div>
      )}
    </div>
  )
}
