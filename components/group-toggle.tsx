'use client'
import { useEffect, useState } from 'react'
import { useHydrated } from './use-store'
import { groupAddress } from '@/lib/addresses/page-address.mjs'
import { createPortal } from 'react-dom'

/** The nav file (lib/content/sidebar.mjs): each group's entries, a page `{ h, t }` or a group `{ g, t }`. */
type NavEntry = { h?: string; g?: string; t: string }
type Nav = Record<string, NavEntry[]>

const OPEN_KEY = 'evnex-docs.open-groups'
let nav: Promise<Nav> | undefined
// The nav file's address is on the sidebar itself (one attribute, not one per group).
const loadNav = () => {
  const url = document.getElementById('sidebar')?.dataset.nav ?? ''
  return (nav ??= fetch(url).then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${url}: ${response.status}`)))))
}

/** The groups the reader opened, kept for the visit (sessionStorage), so they stay open page after page. */
function opened(): Set<string> {
  try {
    return new Set(JSON.parse(sessionStorage.getItem(OPEN_KEY) ?? '[]'))
  } catch {
    return new Set()
  }
}
function remember(id: string, open: boolean) {
  const ids = opened()
  if (open) ids.add(id)
  else ids.delete(id)
  try {
    sessionStorage.setItem(OPEN_KEY, JSON.stringify([...ids]))
  } catch {}
}

const listId = (id: string) => `toc-group-${id}`

/** A group's entries once they came from the nav file; a group among them is a ClientGroup. */
function NavEntries({ entries }: { entries: NavEntry[] }) {
  return entries.map((entry) =>
    entry.g ? (
      <ClientGroup key={entry.g} id={entry.g} title={entry.t} />
    ) : (
      <li key={entry.h}>
        <a className="toc-page" href={entry.h}>
          {entry.t}
        </a>
      </li>
    ),
  )
}

/** Opens a group and fetches its entries (once) from the nav file. */
function useGroup(id: string, initiallyOpen: boolean, hasEntries: boolean) {
  const [open, setOpen] = useState(initiallyOpen)
  const [entries, setEntries] = useState<NavEntry[] | null>(null)
  useEffect(() => {
    if (open && !hasEntries && !entries) loadNav().then((all) => setEntries(all[id] ?? []), () => setEntries([]))
  }, [open, hasEntries, entries, id])
  const toggle = () => {
    remember(id, !open)
    setOpen(!open)
  }
  return { open, setOpen, entries, toggle }
}

/** A group inside a group the reader opened: rendered here, in the browser, with its own list. */
function ClientGroup({ id, title }: { id: string; title: string }) {
  const { open, entries, toggle } = useGroup(id, opened().has(id), false)
  return (
    <li className="toc-group">
      <button type="button" className="toc-group-title" aria-expanded={open} aria-controls={listId(id)} onClick={toggle}>
        {title}
      </button>
      <ul className="toc-group-pages" id={listId(id)} hidden={!open}>
        {entries && <NavEntries entries={entries} />}
      </ul>
    </li>
  )
}

/**
 * A group's title in the sidebar. The server renders it as a link to the group's page (what a
 * reader without JavaScript follows); once hydrated it is a disclosure button. The group's list
 * (`#toc-group-<id>`, beside it) holds the server's entries when the group holds the page shown,
 * else it fills from the nav file when opened. `prefix`: the content tree's (base path, version), only
 * where there is one, since every group of every page carries these props. A group the reader opened stays open on other pages.
 */
export function GroupToggle({ id, title, open: serverOpen, prefix = '' }: { id: string; title: string; open: boolean; prefix?: string }) {
  const hydrated = useHydrated()
  const { open, setOpen, entries, toggle } = useGroup(id, serverOpen, serverOpen)
  useEffect(() => {
    if (!serverOpen && opened().has(id)) setOpen(true)
  }, [serverOpen, id, setOpen])
  useEffect(() => {
    const list = document.getElementById(listId(id))
    if (list) list.hidden = !open
  }, [open, id])

  if (!hydrated) {
    return (
      <a className="toc-group-title" href={groupAddress(id, prefix)}>
        {title}
      </a>
    )
  }
  const list = open && entries ? document.getElementById(listId(id)) : null
  return (
    <>
      <button type="button" className="toc-group-title" aria-expanded={open} aria-controls={listId(id)} onClick={toggle}>
        {title}
      </button>
      {list && createPortal(<NavEntries entries={entries!} />, list)}
    </>
  )
}
