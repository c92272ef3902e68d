import type { MouseEvent } from 'react'

import type { Result } from '@/lib/search/query.mjs'
import type { Segment } from '@/lib/search/marks.mjs'

export type { Result }
export type Group = { page: string; results: Result[] }

/** Marked words as <mark>, everything as React text: a query or a page can never inject HTML. */
function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) => (s.mark ? <mark key={i} className="search-hit">{s.text}</mark> : s.text))
}

/** The listbox of the search combobox: results grouped by page, the active one highlighted. */
export function SearchResults(props: { id: string; label: string; groups: Group[]; active: number; onOpen: (result: Result, event: MouseEvent) => void }) {
  let index = -1
  return (
    <div role="listbox" id={props.id} aria-label={props.label} className="search-results">
      {props.groups.map((group, g) => (
        <div role="group" key={group.results[0].url} aria-labelledby={`${props.id}-g${g}`} className="search-group">
          <div role="presentation" id={`${props.id}-g${g}`} className="search-group-title">
            {group.page}
          </div>
          {group.results.map((result) => {
            index += 1
            return (
              <a
                key={result.id}
                href={result.url}
                role="option"
                id={`${props.id}-${index}`}
                aria-selected={index === props.active}
                tabIndex={-1}
                className="search-result"
                onClick={(event) => props.onOpen(result, event)}
              >
                <span className="search-result-path">
                  {result.path.slice(1).map((part, p) => (
                    <span key={p}>
                      {p > 0 && ' › '}
                      <Marked segments={part} />
                    </span>
                  ))}
                  {result.path.length === 1 && <Marked segments={result.path[0]} />}
                </span>
                {result.snippet.length > 0 && (
                  <span className="search-result-snippet">
                    <Marked segments={result.snippet} />
                  </span>
                )}
              </a>
            )
          })}
        </div>
      ))}
    </div>
  )
}
