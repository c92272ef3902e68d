'use client'
import { createContext, useContext, type ReactNode } from 'react'
import { ISLAND_KEYS, PORTAL_STRINGS } from '@/lib/locales/portal-strings.mjs'
import { treeRoot } from './tree-root'

export { fill } from '@/lib/locales/portal-strings.mjs'

type IslandKey = (typeof ISLAND_KEYS)[number]
export type IslandWords = Record<IslandKey, string>

const english = Object.fromEntries(ISLAND_KEYS.map((key) => [key, PORTAL_STRINGS[key]])) as IslandWords
const Context = createContext({ words: english, prefix: '' })

/**
 * What every island of a page shares: the portal's words in the page's locale and where its
 * content tree is served (`/docs/ko`). The server renders every island inside this with its tree's
 * (components/island.tsx); the browser hydrates each with the same, read once from <html data-words
 * data-tree> (hydrate-islands.tsx), so a page carries them once, not per island, and a page in
 * English carries no words at all.
 */
export function IslandContext({ words, prefix, children }: { words: Partial<IslandWords>; prefix: string; children: ReactNode }) {
  return <Context.Provider value={{ words: { ...english, ...words }, prefix }}>{children}</Context.Provider>
}

export const useWords = () => useContext(Context).words
/** The prefix of the page's content tree, for addresses an island makes (a group's page). */
export const useTreePrefix = () => useContext(Context).prefix

/** In the browser: the words and prefix the server wrote on <html data-words data-tree>, for what it renders there. */
export const pageIslandContext = () => ({ words: JSON.parse(document.documentElement.dataset.words ?? '{}') as Partial<IslandWords>, prefix: treeRoot() })
