'use client'
import type { MouseEvent } from 'react'
import { closeOnEscape, sameAddressIn } from './tree-menu'
import { useTreePrefix, useWords } from './island-context'

type Locale = { code: string; name: string; home: string }

/**
 * The locale menu at the top of the sidebar: a disclosure listing the locales of the version read,
 * each by its own name and marked with its language, the one read marked current. Its name says
 * what it chooses (the docs' language, not a code sample's). Without JavaScript each entry is a
 * link to that locale's home page; with it, the reader lands on the same page and section there.
 */
export function LocaleMenu({ current, locales }: { current: string; locales: Locale[] }) {
  const label = useWords().localeMenu
  const here = useTreePrefix()
  const open = (event: MouseEvent<HTMLAnchorElement>, locale: Locale) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    location.assign(sameAddressIn(locale.home, here))
  }
  const shown = locales.find((locale) => locale.code === current)
  return (
    <details className="locale-menu" onKeyDown={closeOnEscape}>
      <summary>
        <span className="visually-hidden">{label}: </span>
        <svg className="locale-menu-icon" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
          <circle cx="8" cy="8" r="6.5" />
          <path d="M1.5 8h13M8 1.5c-3 3.5-3 9.5 0 13M8 1.5c3 3.5 3 9.5 0 13" />
        </svg>{' '}
        <span className="locale-menu-current">{shown?.name ?? current}</span>
      </summary>
      <ul aria-label={label}>
        {locales.map((locale) => (
          <li key={locale.code}>
            <a href={locale.home} lang={locale.code} hrefLang={locale.code} aria-current={locale.code === current ? 'true' : undefined} onClick={(event) => open(event, locale)}>
              {locale.name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
