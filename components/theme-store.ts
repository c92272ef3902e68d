/**
 * The reader's colour theme: 'system' (follow the operating system, the default), 'light' or 'dark'.
 * A choice other than 'system' is kept in localStorage and put on <html data-theme> by the inline
 * script of theme-boot.tsx before the first paint; the stylesheet reads the attribute. This module
 * has no 'use client' of its own: the server side reads only THEME_KEY and applyStoredTheme.
 */
export const THEME_KEY = 'evnex-docs.theme'
export type Theme = 'system' | 'light' | 'dark'

/** Runs in the page head (sent as its own source text): no imports, no outer names. */
export function applyStoredTheme(key: string) {
  try {
    const stored = localStorage.getItem(key)
    if (stored === 'light' || stored === 'dark') document.documentElement.dataset.theme = stored
  } catch {}
}

const listeners = new Set<() => void>()
const root = () => document.documentElement
const emit = () => listeners.forEach((listener) => listener())

function show(theme: Theme) {
  if (theme === 'system') delete root().dataset.theme
  else root().dataset.theme = theme
  emit()
}

/** Another tab chose: follow it. */
function onStorage(event: StorageEvent) {
  if (event.key === THEME_KEY) show(event.newValue === 'light' || event.newValue === 'dark' ? event.newValue : 'system')
}

export function subscribe(listener: () => void) {
  if (listeners.size === 0) addEventListener('storage', onStorage)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) removeEventListener('storage', onStorage)
  }
}

export const getTheme = (): Theme => (root().dataset.theme as Theme | undefined) ?? 'system'

export function setTheme(theme: Theme) {
  show(theme)
  try {
    if (theme === 'system') localStorage.removeItem(THEME_KEY)
    else localStorage.setItem(THEME_KEY, theme)
  } catch {
    // Storage can be off (private mode, policy): the choice still holds on this page.
  }
}
