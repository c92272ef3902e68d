'use client'
import { useSyncExternalStore } from 'react'
import { getServerSnapshot, getSnapshot, subscribe } from './language-store'

/** The reader's sample language: '' while hydrating, then the choice on <html data-lang>. */
export function useLanguage() {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot)
}
