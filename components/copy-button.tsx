'use client'
import { useEffect, useRef, useState } from 'react'

type State = 'idle' | 'copied' | 'failed'

async function writeText(text: string) {
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

/** Copies the code that is on the page beside it: exactly the sample's text, nothing added. */
export function CopyButton({ label }: { label: string }) {
  const [state, setState] = useState<State>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  async function copy(button: HTMLButtonElement) {
    const code = button.closest('.code-block')?.querySelector('pre code, pre')
    try {
      // Markdown-to-HTML ends every code block with one '\n' the author did not write; drop it.
      await writeText((code?.textContent ?? '').replace(/\n$/, ''))
      setState('copied')
    } catch {
      setState('failed')
    }
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setState('idle'), 2000)
  }

  return (
    <>
      <button type="button" className="copy-button" data-state={state} aria-label={`Copy ${label} code`} onClick={(e) => copy(e.currentTarget)}>
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {state === 'copied' ? `${label} code copied` : state === 'failed' ? 'Copy failed: select the code and copy it by hand' : ''}
      </span>
    </>
  )
}
