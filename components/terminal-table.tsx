import type { ReactNode } from 'react'

/**
 * A screw-terminal table. lib/mdx/remark-terminal-table.mjs has already given each row its anchor and
 * marked the rows that carry mains voltage; this frames the table and explains the mark.
 */
export function TerminalTable({ children }: { children: ReactNode }) {
  return (
    <div className="terminal-table">
      {children}
      <p className="terminal-legend">
        <span className="mains-label">Mains voltage</span> marks a terminal that, by its description,
        carries mains voltage.
      </p>
    </div>
  )
}
