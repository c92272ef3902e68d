/**
 * The search dialog's shell: the box and its status line, made with plain DOM calls at the key
 * press or click that opens search, its box focused at once. The browser itself then keeps every
 * key typed, in order, while the search code is still on its way (search-dialog.tsx attaches to
 * this same box and reads what is in it). It is in every page's first load, so it stays small:
 * no React, no search.
 */

/** The parts of an open shell that the search code fills in. */
export type SearchShell = {
  dialog: HTMLDialogElement
  input: HTMLInputElement
  status: HTMLElement
  /** Where the results list goes. */
  results: HTMLElement
  /** The search code takes the status line over from here on. */
  takeOver(): void
  /** Closes the dialog; `returnFocus` false when a result was chosen (the page moves on). */
  close(returnFocus?: boolean): void
  /** Called once, when this dialog has closed (by Escape, the backdrop, or a result chosen). */
  onClosed(listener: () => void): void
}

// Not a heading's id: those are lower case letters, digits and dashes.
export const INPUT_ID = 'search:input'
export const LIST_ID = 'search:list'
export const LOADING = 'Loading search…'
export const UNAVAILABLE = 'Search is unavailable right now.'

/** An element with its properties (`attrs`: attributes), holding `children`. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown>, ...children: Node[]): HTMLElementTagNameMap[K] {
  const { attrs = {}, ...rest } = props as { attrs?: Record<string, string> }
  const node = Object.assign(document.createElement(tag), rest)
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value)
  node.append(...children)
  return node
}

/** The open search dialog, if there is one (one closing no longer is). */
export const openShell = () => document.querySelector<HTMLDialogElement>('dialog.search-dialog[open]')

/**
 * Makes the dialog, shows it modal and focuses its box. On closing it removes itself and, unless
 * another search has opened meanwhile, puts the focus back where it was.
 */
export function openSearchShell(): SearchShell {
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null
  const input = element('input', {
    id: INPUT_ID,
    type: 'text',
    placeholder: 'Search the docs',
    autocomplete: 'off',
    spellcheck: false,
    attrs: { role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': LIST_ID },
  })
  const status = element('p', { className: 'search-status', attrs: { role: 'status' } })
  const results = element('div', {})
  const dialog = element(
    'dialog',
    { className: 'search-dialog', attrs: { 'aria-label': 'Search' } },
    element(
      'div',
      { className: 'search', attrs: { role: 'search' } },
      element('label', { className: 'search-label', htmlFor: INPUT_ID, textContent: 'Search' }),
      element('div', { className: 'search-field' }, input, element('kbd', { className: 'search-hint', textContent: 'Esc', attrs: { 'aria-hidden': 'true' } })),
      status,
      results,
    ),
  )
  // Until the search code takes over the status line: say it is coming once there is something to search.
  const waiting = () => (status.textContent = input.value.trim() ? LOADING : '')
  input.addEventListener('input', waiting)
  // The dialog closes itself on Escape; the menu drawer behind it stays as it was.
  input.addEventListener('keydown', (event) => event.key === 'Escape' && event.stopPropagation())
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close())

  const listeners: (() => void)[] = []
  let returnFocus = true
  dialog.addEventListener(
    'close',
    () => {
      dialog.remove()
      for (const listener of listeners) listener()
      if (returnFocus && !openShell() && back?.isConnected) back.focus()
    },
    { once: true },
  )

  document.body.append(dialog)
  dialog.showModal()
  input.focus()
  return {
    dialog,
    input,
    status,
    results,
    takeOver: () => input.removeEventListener('input', waiting),
    close(focus = true) {
      returnFocus = focus
      dialog.close()
    },
    onClosed: (listener) => void listeners.push(listener),
  }
}
