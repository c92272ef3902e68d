'use client'
import type { KeyboardEvent } from 'react'
import { useLanguage } from './use-language'
import { setLanguage, siteLanguages } from './language-store'
import { groupChoice } from '@/lib/languages/language-choice.mjs'
import { useWords } from './island-context'

type Language = { key: string; label: string }

/** The tabs of one code-sample group; which sample shows is CSS's job (see language-boot.tsx). */
export function SampleTabs({ groupId, languages }: { groupId: string; languages: Language[] }) {
  const chosen = useLanguage()
  const words = useWords()
  const labelOf = (key: string) => [...languages, ...siteLanguages()].find((l) => l.key === key)?.label ?? key
  const { shown: active, note } = groupChoice(languages.map((l) => l.key), chosen, labelOf, words.sampleFallback)

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const at = languages.findIndex((l) => l.key === active)
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: languages.length - 1 }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const key = languages[(next + languages.length) % languages.length].key
    setLanguage(key, event.currentTarget)
    document.getElementById(`${groupId}-${key}-tab`)?.focus()
  }

  return (
    <div className="sample-tabs">
      <div role="tablist" aria-label={words.codeSampleLanguage} onKeyDown={onKeyDown}>
        {languages.map((l) => (
          <button
            key={l.key}
            type="button"
            role="tab"
            id={`${groupId}-${l.key}-tab`}
            data-lang={l.key}
            aria-controls={`${groupId}-${l.key}`}
            aria-selected={l.key === active}
            tabIndex={l.key === active ? 0 : -1}
            onClick={(event) => setLanguage(l.key, event.currentTarget)}
          >
            {l.label}
          </button>
        ))}
      </div>
      {note && <p className="sample-fallback">{note}</p>}
    </div>
  )
}
