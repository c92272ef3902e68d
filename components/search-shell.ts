/**
 * The search dialog's shell: the box and its status line, made with plain DOM calls in the same
 * task as the key press (`/`, Ctrl+K, ⌘K) or the click on Search that opens it, its box focused at
 * once. The browser itself then keeps every key typed, in order, while the search code is still on
 * its way; search-dialog.tsx attaches to this same box and reads what is in it.
 *
 * It runs as an inline script right after the Search button (search-entry.tsx), so it works from
 * the moment the button is parsed: before the page's module script has arrived or React has
 * hydrated anything. Its contract with the search code is the DOM: the `search-shell-open` event
 * on document, the parts below, `data-searching` (the search code owns the status line) and
 * `data-return-focus="false"` (closed because a result was chosen: the page moves on).
 */

export const INPUT_ID = 'search:input'
export const LIST_ID = 'search:list'
// The shell's words in English; a page in another locale carries its own on <html data-words>.
const ENGLISH = { search: 'Search', searchPlaceholder: 'Search the docs', searchLoading: 'Loading search…', searchUnavailable: 'Search is unavailable right now.' }
export type ShellWords = typeof ENGLISH
/** The shell's words in the page's locale. */
export const shellWords = (): ShellWords => ({ ...ENGLISH, ...JSON.parse(document.documentElement.dataset.words ?? '{}') })
export const SHELL_OPEN = 'search-shell-open'

/** The open search dialog, if there is one (one closing no longer is). */
export const openShell = () => document.querySelector<HTMLDialogElement>('dialog.search-dialog[open]')

/** An open shell's parts, found in its DOM. */
export function shellParts(dialog: HTMLDialogElement) {
  return {
    dialog,
    input: dialog.querySelector('input')!,
    status: dialog.querySelector<HTMLElement>('[role="status"]')!,
    results: dialog.querySelector<HTMLElement>('.search-results-slot')!,
  }
}
export type SearchShell = ReturnType<typeof shellParts>

/** Runs in the page as its own source text: no imports, no outer names. */
function installSearchShell(ids: { input: string; list: string }, english: ShellWords, event: string) {
  const editable = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))
  const make = <T extends HTMLElement = HTMLElement>(tag: string, props: object, attrs: Record<string, string>, ...children: Node[]) => {
    const node = Object.assign(document.createElement(tag), props) as T
    for (const name in attrs) node.setAttribute(name, attrs[name])
    node.append(...children)
    return node
  }
  const open = () => {
    // Already open: a shortcut typed in it keeps the query.
    if (document.querySelector('dialog.search-dialog[open]')) return
    const back = document.activeElement
    let words = english
    try {
      words = { ...english, ...JSON.parse(document.documentElement.dataset.words || '{}') }
    } catch {}
    const input = make<HTMLInputElement>('input', { id: ids.input, type: 'text', placeholder: words.searchPlaceholder, autocomplete: 'off', spellcheck: false }, { role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': ids.list })
    const status = make('p', { className: 'search-status' }, { role: 'status' })
    const field = make('div', { className: 'search-field' }, {}, input, make('kbd', { className: 'search-hint', textContent: 'Esc' }, { 'aria-hidden': 'true' }))
    const label = make('label', { className: 'search-label', htmlFor: ids.input, textContent: words.search }, {})
    const box = make('div', { className: 'search' }, { role: 'search' }, label, field, status, make('div', { className: 'search-results-slot' }, {}))
    const dialog = make<HTMLDialogElement>('dialog', { className: 'search-dialog' }, { 'aria-label': words.search }, box)
    // Until the search code takes the status line over: say it is coming once there is something to search.
    input.addEventListener('input', () => 'searching' in dialog.dataset || (status.textContent = input.value.trim() ? words.searchLoading : ''))
    // The dialog closes itself on Escape; the menu drawer behind it stays as it was.
    input.addEventListener('keydown', (e) => e.key === 'Escape' && e.stopPropagation())
    dialog.addEventListener('click', (e) => e.target === dialog && dialog.close())
    dialog.addEventListener('close', () => {
      dialog.remove()
      const again = document.querySelector('dialog.search-dialog[open]')
      if (dialog.dataset.returnFocus !== 'false' && !again && back instanceof HTMLElement && back.isConnected) back.focus()
    })
    document.body.append(dialog)
    dialog.showModal()
    input.focus()
    document.dispatchEvent(new Event(event))
  }
  addEventListener('keydown', (e) => {
    const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !editable(e.target)
    const k = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey)
    if (!slash && !k) return
    e.preventDefault()
    open()
  })
  document.addEventListener('click', (e) => e.target instanceof Element && e.target.closest('.search-button') && open())
}

/** The inline script that installs the shell's shortcuts and button. */
export const searchShellScript = () => `(${installSearchShell})(${JSON.stringify({ input: INPUT_ID, list: LIST_ID })},${JSON.stringify(ENGLISH)},${JSON.stringify(SHELL_OPEN)})`
