'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * In `npm run dev` only: when a save passed the checks, the preview tells the page
 * (lib/cli/dev-proxy.mjs) and the page renders again from the new content, in place: no reload,
 * the scroll position and the reader's choices kept.
 */
export function DevRefresh({ events, version }: { events: string; version: string }) {
  const router = useRouter()
  useEffect(() => {
    // Each message names the content's version, the first one too: a save made while this page
    // was loading is not missed.
    const source = new EventSource(events)
    source.onmessage = (event) => event.data !== version && router.refresh()
    return () => source.close()
  }, [events, version, router])
  return null
}
