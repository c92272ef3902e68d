'use client'
import { useStore } from './use-store'
import { getServerSnapshot, getSnapshot, subscribe } from './language-store'

/** The reader's sample language: '' while hydrating, then the choice on <html data-lang>. */
export function useLanguage() {
  return useStore(subscribe, getSnapshot, getServerSnapshot)
}
