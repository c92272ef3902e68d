import { openPieces, type PieceSearch } from '@/lib/search/pieces.mjs'
import { groupByPage } from '@/lib/search/query.mjs'
import { searchFile, searchManifest } from './search-manifest'

/**
 * The search, loaded once per visit on first use: the manifest, then pieces as queries need them
 * (lib/search/pieces.mjs). This module is itself loaded on first use, with the dialog and
 * FlexSearch in one chunk (one request, not a second wave), so none of it weighs on a page's first load.
 */
type Loaded = PieceSearch & { group: typeof groupByPage }

const listeners = new Set<(pending: number) => void>()
/** Told how many pieces are on their way (0 when none): the dialog's status line. */
export function onPiecesLoading(listener: (pending: number) => void) {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

const json = (url: string) =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
    return response.json()
  })

let loading: Promise<Loaded> | undefined
/** The search once it has loaded, for answers in the same task as the keystroke. */
export let loaded: Loaded | undefined
const load = async (): Promise<Loaded> => {
  const manifest = await json(searchManifest())
  const search = await openPieces(manifest, (file: string) => json(searchFile(file)), (pending: number) => listeners.forEach((l) => l(pending)))
  return (loaded = { ...search, group: groupByPage })
}

export function loadSearch() {
  loading ??= load()
  loading.catch(() => (loading = undefined))
  return loading
}
