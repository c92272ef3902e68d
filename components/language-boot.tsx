import { chooseLanguage, STORAGE_KEY } from '@/lib/languages/language-choice.mjs'

type Language = { key: string; label: string }

/** Runs in the page head, before the first paint: puts the reader's language on <html>. */
function applyLanguage(known: string[], key: string, choose: typeof chooseLanguage) {
  // Marks that scripts run: the sidebar may hide behind the Menu button, tabs may hide samples.
  document.documentElement.dataset.js = ''
  try {
    let stored = null
    try {
      stored = localStorage.getItem(key)
    } catch {}
    const choice = choose(location.search, stored, known)
    document.documentElement.dataset.lang = choice.lang
    if (choice.fromUrl) localStorage.setItem(key, choice.lang)
  } catch {}
}

const css = (key: string) => JSON.stringify(key)
// Keys come from authors: never let one close the script element.
const json = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c")

/**
 * Which sample shows is decided by CSS from <html data-lang>, so the right one is on screen from
 * the first paint; with JavaScript off the attribute is never set and every sample shows.
 */
function languageRules(keys: string[]) {
  return keys
    .map((key) => {
      const on = `html[data-lang=${css(key)}]`
      const has = `:has(> .sample[data-lang=${css(key)}])`
      return [
        `${on} .sample-group${has} > .sample:not([data-lang=${css(key)}]){display:none}`,
        `${on} .sample-group:not(${has}) > .sample ~ .sample{display:none}`,
        `${on} .sample-group${has} [role=tab][data-lang=${css(key)}],${on} .sample-group:not(${has}) [role=tab]:first-child,${on} .language-bar [data-lang=${css(key)}]{color:var(--tab-active);border-color:var(--tab-active-line)}`,
      ].join('\n')
    })
    .join('\n')
}

export function LanguageBoot({ languages }: { languages: Language[] }) {
  const keys = languages.map((l) => l.key)
  const script = `(${applyLanguage})(${json(keys)},${json(STORAGE_KEY)},${chooseLanguage})`
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: script }} />
      <style dangerouslySetInnerHTML={{ __html: languageRules(keys) }} />
    </>
  )
}
