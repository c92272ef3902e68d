'use client'
import { useEffect, useState, useSyncExternalStore } from 'react'

const never = () => () => {}

/**
 * A store read as React's useSyncExternalStore reads it: the server's snapshot while the island
 * hydrates, so its first render is exactly the server's HTML, then the store's own value. The
 * islands run on Preact in the browser (lib/cli/islands-bundle.mjs), whose useSyncExternalStore
 * has no server snapshot and whose hydration keeps the server's attributes: the rule lives here, once.
 */
export function useStore<T>(subscribe: (onChange: () => void) => () => void, getSnapshot: () => T, getServerSnapshot: () => T): T {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  const value = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot)
  return hydrated ? value : getServerSnapshot()
}

/** False for the render that hydrates (what the server rendered), true from then on. */
export const useHydrated = () => useStore(never, () => true, () => false)
