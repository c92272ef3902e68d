'use client'
import { useSyncExternalStore } from 'react'

/**
 * Which section the reader is in: the last h1-h3 whose top has passed the top of the window.
 * After the reader scrolls, the URL hash follows it (replaceState: no history entries).
 */
const OFFSET = 96
const listeners = new Set<() => void>()
let active = ''
let frame = 0

function measure() {
  frame = 0
  const headings = document.querySelectorAll<HTMLElement>('#content :is(h1, h2, h3)[id]')
  let next = headings[0]?.id ?? ''
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > OFFSET) break
    next = heading.id
  }
  if (next === active) return
  active = next
  for (const listener of listeners) listener()
}

function onScroll() {
  if (!frame) frame = requestAnimationFrame(() => {
    measure()
    if (active && location.hash !== `#${active}`) history.replaceState(history.state, '', `${location.pathname}${location.search}#${active}`)
  })
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    addEventListener('scroll', onScroll, { passive: true })
    addEventListener('hashchange', measure)
    measure()
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      removeEventListener('scroll', onScroll)
      removeEventListener('hashchange', measure)
    }
  }
}

export function useActiveSection() {
  return useSyncExternalStore(subscribe, () => active, () => '')
}
