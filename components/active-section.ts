'use client'
import { useStore } from './use-store'

/**
 * Which section the reader is in: the last h1-h3 whose top has passed the top of the window; when
 * the page cannot scroll further down, the heading the URL names if it is on screen, else the first
 * heading on screen (the last sections of a page never reach the top of the window).
 *
 * After the reader's own scrolling (wheel, touch, scroll keys, the scroll bar) the URL hash follows
 * (replaceState: no history entries). Scrolling nobody asked for (a language switch keeping its tab
 * in place, a picture loading, a resize) moves the marked entry at most, never the hash.
 */
const OFFSET = 96
const KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' '])
const SETTLE_MS = 800
const MOMENTUM_MS = 200
const listeners = new Set<() => void>()
let active = ''
let frame = 0
let readerUntil = 0
let dragging = false

function named() {
  try {
    const id = decodeURIComponent(location.hash.slice(1))
    return id ? document.getElementById(id) : null
  } catch {
    return null // a malformed %-escape names nothing
  }
}

function atPageEnd() {
  return scrollY + innerHeight >= document.documentElement.scrollHeight - 2
}

function onScreen(element: Element) {
  const { top, bottom } = element.getBoundingClientRect()
  return bottom > 0 && top < innerHeight
}

function measure() {
  frame = 0
  const headings = document.querySelectorAll<HTMLElement>('#content :is(h1, h2, h3)[id]')
  let next = headings[0]?.id ?? ''
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > OFFSET) break
    next = heading.id
  }
  if (atPageEnd()) {
    // The last sections cannot reach the top: the one the URL names, or else the first on screen.
    const target = named()
    const shown = target?.matches('#content :is(h1, h2, h3)') && onScreen(target) ? target : [...headings].find((h) => h.getBoundingClientRect().top >= 0 && onScreen(h))
    if (shown) next = shown.id
  }
  if (next === active) return
  active = next
  for (const listener of listeners) listener()
}

/** The URL names what the reader scrolled to, unless what it names is still on screen at the page end. */
function followInUrl() {
  const target = named()
  if (target && atPageEnd() && onScreen(target)) return
  if (active && location.hash !== `#${active}`) history.replaceState(history.state, '', `${location.pathname}${location.search}#${active}`)
}

function onScroll() {
  if (frame) return
  frame = requestAnimationFrame(() => {
    measure()
    if (!dragging && performance.now() >= readerUntil) return
    followInUrl()
    // A fling or a smooth scroll goes on after the last wheel or touch event: still the reader's.
    readerUntil = Math.max(readerUntil, performance.now() + MOMENTUM_MS)
  })
}

/** Marks the scrolling of the next moments as the reader's own. */
function onIntent(event: Event) {
  if (event instanceof KeyboardEvent) {
    const target = event.target as Element | null
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !KEYS.has(event.key)) return
    if (target?.closest('input, textarea, select, [contenteditable]')) return
    // Space on a button or tab presses it; it does not scroll.
    if (event.key === ' ' && target?.closest('button, summary, [role=button], [role=tab]')) return
  }
  // A press on the page's own scroll bar (beside the document) starts a drag.
  if (event instanceof PointerEvent && event.type === 'pointerdown') {
    if (event.clientX < document.documentElement.clientWidth) return
    dragging = true
  }
  readerUntil = performance.now() + SETTLE_MS
}

function onRelease() {
  if (dragging) readerUntil = performance.now() + SETTLE_MS
  dragging = false
}

const INTENTS = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    addEventListener('scroll', onScroll, { passive: true })
    addEventListener('hashchange', measure)
    addEventListener('pointerup', onRelease)
    for (const type of INTENTS) addEventListener(type, onIntent, { passive: true })
    measure()
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      removeEventListener('scroll', onScroll)
      removeEventListener('hashchange', measure)
      removeEventListener('pointerup', onRelease)
      for (const type of INTENTS) removeEventListener(type, onIntent)
    }
  }
}

export function useActiveSection() {
  return useStore(subscribe, () => active, () => '')
}
