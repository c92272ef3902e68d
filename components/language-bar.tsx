'use client'
import { useLanguage } from './use-language'
import { setLanguage } from './language-store'
import { useWords } from './island-context'

type Language = { key: string; label: string }

/** Slate's language bar at the top of the examples column: one choice for every sample. */
export function LanguageBar({ languages }: { languages: Language[] }) {
  const chosen = useLanguage()
  const words = useWords()
  if (languages.length === 0) return null
  return (
    <div className="language-bar" role="group" aria-label={words.codeSampleLanguage}>
      {languages.map((l) => (
        <button
          key={l.key}
          type="button"
          data-lang={l.key}
          aria-pressed={chosen ? chosen === l.key : undefined}
          onClick={(event) => setLanguage(l.key, event.currentTarget)}
        >
          {l.label}
        </button>
      ))}
    </div>
  )
}
