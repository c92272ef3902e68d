import type { ReactNode } from 'react'
import { ASIDE_LABELS, ASIDE_WORDS } from '@/lib/markdown/components.mjs'
import { say } from './site'

/** Slate's three asides: a notice (information), a warning (danger) and a success (tip); labels shared with the Markdown. */
export const ASIDE_KINDS = {
  notice: { label: ASIDE_LABELS.notice, word: ASIDE_WORDS.notice, icon: 'ℹ' },
  warning: { label: ASIDE_LABELS.warning, word: ASIDE_WORDS.warning, icon: '⚠' },
  success: { label: ASIDE_LABELS.success, word: ASIDE_WORDS.success, icon: '✓' },
} as const

export function Aside({ type = 'notice', children }: { type?: string; children: ReactNode }) {
  const kind = ASIDE_KINDS[type as keyof typeof ASIDE_KINDS]
  return (
    <aside className={`aside aside-${kind ? type : 'plain'}`} role="note">
      {kind && (
        <p className="aside-label">
          <span aria-hidden="true">{kind.icon}</span> {say(kind.word)}
        </p>
      )}
      <div className="aside-body">{children}</div>
    </aside>
  )
}
