'use client'
import { useEffect, useState } from 'react'
import { copyText, useCopy } from './copy-button'

/**
 * "Copy page": puts the page's Markdown (its /page.md, fetched on click, never shipped with the
 * page) on the clipboard, for pasting into an assistant. Same feedback as the code copy button.
 */
export function CopyPageButton({ href }: { href: string }) {
  const [state, copy] = useCopy()
  // Enabled once React runs it, so a click is never lost on a page still loading its script.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const read = async () => {
    const response = await fetch(href)
    if (!response.ok) throw new Error(`${href}: ${response.status}`)
    return response.text()
  }

  return (
    <div className="copy-page">
      <button type="button" className="copy-page-button" data-state={state} disabled={!ready} aria-label="Copy page as Markdown" onClick={() => copy(read)}>
        {copyText(state, 'Copy page')}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {state === 'copied' ? 'Page copied as Markdown' : state === 'failed' ? `Copy failed: open ${href} and copy it by hand` : ''}
      </span>
    </div>
  )
}
