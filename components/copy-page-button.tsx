'use client'
import { useEffect, useState } from 'react'
import { copyText, useCopy } from './copy-button'
import { fill, useWords } from './island-context'

/**
 * "Copy page": puts the page's Markdown (its /page.md, fetched on click, never shipped with the
 * page) on the clipboard, for pasting into an assistant. Same feedback as the code copy button.
 */
export function CopyPageButton({ href }: { href: string }) {
  const [state, copy] = useCopy()
  const words = useWords()
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
      <button type="button" className="copy-page-button" data-state={state} disabled={!ready} aria-label={words.copyPageLabel} onClick={() => copy(read)}>
        {copyText(state, words.copyPage, words)}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {state === 'copied' ? words.pageCopied : state === 'failed' ? fill(words.copyPageFailed, { href }) : ''}
      </span>
    </div>
  )
}
