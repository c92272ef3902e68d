'use client'
import { useEffect, useRef, useState } from 'react'
import { fill, useWords, type IslandWords } from './island-context'

export type CopyState = 'idle' | 'copied' | 'failed'

async function writeText(pending: string | Promise<string>) {
  // Safari lets a page write to the clipboard only during the click: hand it the text still to come.
  if (typeof pending !== 'string' && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    return navigator.clipboard.write([new ClipboardItem({ 'text/plain': pending.then((text) => new Blob([text], { type: 'text/plain' })) })])
  }
  const text = await pending
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text)
  // Older browsers and plain-HTTP pages have no async Clipboard API.
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  const ok = document.execCommand('copy')
  area.remove()
  if (!ok) throw new Error('copy refused')
}

/** Copies what `read` gives and says how it went for two seconds: the code and page copy buttons share it. */
export function useCopy() {
  const [state, setState] = useState<CopyState>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  async function copy(read: () => string | Promise<string>) {
    try {
      await writeText(read())
      setState('copied')
    } catch {
      setState('failed')
    }
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setState('idle'), 2000)
  }
  return [state, copy] as const
}

export const copyText = (state: CopyState, idle: string, words: IslandWords) => (state === 'copied' ? words.copied : state === 'failed' ? words.copyFailed : idle)

/** Copies the code that is on the page beside it: exactly the sample's text, nothing added. */
export function CopyButton({ label }: { label: string }) {
  const [state, copy] = useCopy()
  const words = useWords()
  // Markdown-to-HTML ends every code block with one '\n' the author did not write; drop it.
  const codeOf = (button: HTMLButtonElement) => (button.closest('.code-block')?.querySelector('pre code, pre')?.textContent ?? '').replace(/\n$/, '')

  return (
    <>
      <button type="button" className="copy-button" data-state={state} aria-label={fill(words.copyCode, { language: label })} onClick={(e) => { const button = e.currentTarget; copy(() => codeOf(button)) }}>
        {copyText(state, words.copy, words)}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {state === 'copied' ? fill(words.codeCopied, { language: label }) : state === 'failed' ? words.copyCodeFailed : ''}
      </span>
    </>
  )
}
