import type { ReactNode } from 'react'
import { MAINS_LEGEND } from '@/lib/markdown/components.mjs'

/**
 * A screw-terminal table. lib/mdx/remark-terminal-table.mjs has already given each row its anchor and
 * marked the rows that carry mains voltage; this frames the table and explains the mark.
 */
export function TerminalTable({ children }: { children: ReactNode }) {
  return (
    <div className="terminal-table">
      {children}
      <p className="terminal-legend">
        <span className="mains-label">Mains voltage</span>
        {MAINS_LEGEND}
      </p>
    </div>
  )
}
