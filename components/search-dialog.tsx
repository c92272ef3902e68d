'use client'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { groupByPage } from '@/lib/search/query.mjs'
import type { Found } from '@/lib/search/pieces.mjs'
import { loaded, loadSearch, onPiecesLoading } from './search-client'
import { highlightPending, rememberHighlight } from './search-highlight'
import { SearchResults, type Group, type Result } from './search-results'
import { fill, IslandContext, pageIslandContext, useWords } from './island-context'
import { LIST_ID, type SearchShell } from './search-shell'

export { loadSearch }

// While the pieces a query needs are on their way, a short pause in typing before fetching, so a
// word typed fast fetches its own pieces, not those of each letter on the way.
const TYPING_MS = 90
const optionId = (i: number) => `${LIST_ID}-${i}`

/** The search code takes over an open shell (search-shell.ts): the box as it is, with what was typed in it. */
export function attachSearch(shell: SearchShell) {
  shell.dialog.dataset.searching = ''
  const root = createRoot(shell.results)
  // Rendered apart from the islands: the page's words and tree are read as the islands read them.
  root.render(
    <IslandContext {...pageIslandContext()}>
      <SearchDialog shell={shell} />
    </IslandContext>,
  )
  shell.dialog.addEventListener('close', () => root.unmount(), { once: true })
}

/**
 * The search dialog's behaviour: a combobox whose listbox shows results grouped by page, as you
 * type. A keystroke whose pieces are here is answered in the same task, so its results are in the
 * very next frame (the input event's update is a discrete one: React renders it before the paint).
 */
function SearchDialog({ shell }: { shell: SearchShell }) {
  const { input, status } = shell
  const [text, setText] = useState('')
  const [found, setFound] = useState<{ query: string; groups: Group[]; terms: string[] } | null>(null)
  const [active, setActive] = useState(-1)
  const [pending, setPending] = useState(loaded ? 0 : 1)
  const [failed, setFailed] = useState(false)
  const words = useWords()
  const asked = useRef(0)
  const shown = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  useEffect(() => {
    const ask = () => {
      const query = input.value.trim()
      const mine = ++asked.current
      clearTimeout(timer.current)
      setText(query)
      if (!query) {
        shown.current = false
        return setFound(null)
      }
      const show = ({ results, terms }: Found) => {
        if (mine !== asked.current) return
        shown.current = true
        setFound({ query, groups: groupByPage(results), terms })
        setActive(-1)
      }
      const now = loaded?.searchNow(query)
      if (now) return show(now)
      const run = () => void loadSearch().then((search) => search.search(query)).then(show, () => mine === asked.current && setFailed(true))
      if (!shown.current || loaded?.ready(query)) run()
      else timer.current = setTimeout(run, TYPING_MS)
    }
    const stop = onPiecesLoading(setPending)
    loadSearch().then(() => setPending(0), () => setFailed(true))
    input.addEventListener('input', ask)
    // What was typed while the search code was on its way.
    ask()
    return () => {
      stop()
      input.removeEventListener('input', ask)
      clearTimeout(timer.current)
    }
  }, [input])

  const count = found?.groups.reduce((n, g) => n + g.results.length, 0) ?? 0
  const openResult = (result: Result) => {
    if (found) rememberHighlight(result.url, found.terms)
    shell.dialog.dataset.returnFocus = 'false'
    shell.dialog.close()
    // Same page: no page load follows the navigation, so mark the words here once it has scrolled.
    if (result.url.split('#')[0] === location.pathname) requestAnimationFrame(() => void loadSearch().then(({ encode }) => highlightPending(encode)))
  }

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault()
        if (count) setActive((a) => (event.key === 'ArrowDown' ? (a + 1) % count : (a <= 0 ? count : a) - 1))
      } else if (event.key === 'Enter' && count) {
        event.preventDefault()
        document.getElementById(optionId(Math.max(active, 0)))?.click()
      }
    }
    input.addEventListener('keydown', onKeyDown)
    return () => input.removeEventListener('keydown', onKeyDown)
  }, [input, count, active])

  const listed = Boolean(found && text && count > 0)
  const said = failed
    ? words.searchUnavailable
    : text && pending > 0
      ? words.searchLoading
      : found && text
        ? count ? (count === 1 ? words.oneResult : fill(words.results, { count })) : fill(words.noResults, { query: found.query })
        : ''
  // The shell's own elements, kept in step before the paint.
  useLayoutEffect(() => {
    if (status.textContent !== said) status.textContent = said
    input.setAttribute('aria-expanded', String(listed))
    if (active >= 0 && count) input.setAttribute('aria-activedescendant', optionId(active))
    else input.removeAttribute('aria-activedescendant')
  }, [input, status, said, listed, active, count])

  return listed && found ? <SearchResults id={LIST_ID} label={words.searchResults} groups={found.groups} active={active} onOpen={openResult} /> : null
}
