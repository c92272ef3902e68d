'use client'
import type { MouseEvent } from 'react'
import { useTreePrefix, useWords } from './island-context'
import { closeOnEscape, sameAddressIn } from './tree-menu'

type Version = { label: string; home: string }

/**
 * The same page in another version: this address with its tree's prefix swapped for the other's,
 * when that version has the page (asked with a HEAD request, so no version needs to know the
 * others' pages), keeping the query and the section (`#`); else that version's home page.
 */
export async function sameAddress(target: string, here: string) {
  const address = sameAddressIn(target, here, { pathname: location.pathname, search: '', hash: '' })
  if (address === target.replace(/\/$/, '') + '/') return `${address}${location.search}${location.hash}`
  try {
    const response = await fetch(address, { method: 'HEAD' })
    if (response.ok) return `${address}${location.search}${location.hash}`
  } catch {}
  return `${target}${location.search}`
}

/**
 * The version menu at the top of the sidebar: a disclosure listing every version, the one read
 * marked. Without JavaScript each entry is a link to that version's home page; with it, the reader
 * lands on the same page and section there (sameAddress).
 */
export function VersionMenu({ label, versions }: { label: string; versions: Version[] }) {
  const words = useWords()
  const here = useTreePrefix()
  const open = (event: MouseEvent<HTMLAnchorElement>, version: Version) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    void sameAddress(version.home, here).then((address) => location.assign(address))
  }
  return (
    <details className="version-menu" onKeyDown={closeOnEscape}>
      <summary>
        {words.versionMenu}: <span className="version-menu-current">{label}</span>
      </summary>
      <ul aria-label={words.versions}>
        {versions.map((version) => (
          <li key={version.home}>
            <a href={version.home} aria-current={version.home === `${here}/` ? 'true' : undefined} onClick={(event) => open(event, version)}>
              {version.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
