import type { KeyboardEvent } from 'react'

/** What the version menu and the locale menu share: a menu of the site's other content trees. */

/**
 * This address in another tree: the prefix `here` swapped for `target`'s, the page, query and
 * section (`#`) kept. Every locale has every page of its version (untranslated ones in the default
 * locale's words), so the locale menu needs no question to the server; the version menu asks first.
 */
export function sameAddressIn(target: string, here: string, { pathname, search, hash }: Pick<Location, 'pathname' | 'search' | 'hash'> = location) {
  const rest = pathname.startsWith(`${here}/`) ? pathname.slice(here.length) : '/'
  return `${target.replace(/\/$/, '')}${rest}${search}${hash}`
}

/** Escape closes an open menu (a <details>) and puts the focus back on its button. */
export function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
  if (event.key !== 'Escape' || !event.currentTarget.open) return
  event.stopPropagation()
  event.currentTarget.open = false
  event.currentTarget.querySelector('summary')?.focus()
}

