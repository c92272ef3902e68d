import type { ReactNode } from 'react'

/** Slate's three asides: a notice (information), a warning (danger) and a success (tip). */
export const ASIDE_KINDS = {
  notice: { label: 'Note', icon: 'ℹ' },
  warning: { label: 'Warning', icon: '⚠' },
  success: { label: 'Tip', icon: '✓' },
} as const

export function Aside({ type = 'notice', children }: { type?: string; children: ReactNode }) {
  const kind = ASIDE_KINDS[type as keyof typeof ASIDE_KINDS]
  return (
    <aside className={`aside aside-${kind ? type : 'plain'}`} role="note">
      {kind && (
        <p className="aside-label">
          <span aria-hidden="true">{kind.icon}</span> {kind.label}
        </p>
      )}
      <div className="aside-body">{children}</div>
    </aside>
  )
}
