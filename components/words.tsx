'use client'
import { createContext, useContext, type ReactNode } from 'react'
import { ISLAND_KEYS, PORTAL_STRINGS } from '@/lib/locales/portal-strings.mjs'

export { fill } from '@/lib/locales/portal-strings.mjs'

type IslandKey = (typeof ISLAND_KEYS)[number]
export type IslandWords = Record<IslandKey, string>

const english = Object.fromEntries(ISLAND_KEYS.map((key) => [key, PORTAL_STRINGS[key]])) as IslandWords
const Words = createContext<IslandWords>(english)

/**
 * The portal's words an island shows, in the page's locale. The server renders every island inside
 * this with the locale's words (components/island.tsx); the browser hydrates it with the same words,
 * read once from <html data-words> (hydrate-islands.tsx), so a page carries them once, not per island,
 * and a page in English carries none.
 */
export function WordsProvider({ words, children }: { words: Partial<IslandWords>; children: ReactNode }) {
  return <Words.Provider value={{ ...english, ...words }}>{children}</Words.Provider>
}

export const useWords = () => useContext(Words)
