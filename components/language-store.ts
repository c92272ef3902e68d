/**
 * The one store of the reader's sample language. The inline script in the page head has already
 * put the choice on <html data-lang> before the first paint (so CSS shows the right samples at
 * once); this store reads it from there, and writes every change to <html>, localStorage and the
 * URL. The server snapshot is '' (unknown), so hydration renders what the server rendered.
 */
import { STORAGE_KEY, urlWithLanguage } from '@/lib/languages/language-choice.mjs'

type Language = { key: string; label: string }
const listeners = new Set<() => void>()
const root = () => document.documentElement

let languages: Language[] | undefined

/** The site's languages, as the server wrote them on <html data-languages>; read once. */
export function siteLanguages(): Language[] {
  if (languages) return languages
  try {
    languages = JSON.parse(root().dataset.languages ?? '[]') as Language[]
  } catch {
    languages = []
  }
  return languages
}

function emit() {
  for (const listener of listeners) listener()
}

function onStorage(event: StorageEvent) {
  if (event.key !== STORAGE_KEY || !event.newValue) return
  if (!siteLanguages().some((l) => l.key === event.newValue)) return
  root().dataset.lang = event.newValue
  emit()
}

export function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('storage', onStorage)
  }
}

export const getSnapshot = () => root().dataset.lang ?? ''
export const getServerSnapshot = () => ''

/** Switches every sample on the page; `keepInView` stays where it was on screen. */
export function setLanguage(key: string, keepInView?: Element | null) {
  const known = siteLanguages().map((l) => l.key)
  if (!known.includes(key)) return
  const before = keepInView?.getBoundingClientRect().top
  root().dataset.lang = key
  try {
    localStorage.setItem(STORAGE_KEY, key)
  } catch {
    // Storage can be off (private mode, policy): the choice still holds for this page.
  }
  history.replaceState(history.state, '', urlWithLanguage(location.href, key, known))
  if (keepInView && before !== undefined) window.scrollBy(0, keepInView.getBoundingClientRect().top - before)
  emit()
}
