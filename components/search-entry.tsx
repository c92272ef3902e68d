import { Island } from './island'
import { searchShellScript } from './search-shell'

/**
 * Search in the sidebar: the button (an island, for the search code it loads) and, right after it,
 * the inline script that opens the dialog's shell on `/`, Ctrl+K, ⌘K or a click from the moment
 * the button is on the page, before any module script has run.
 */
export function SearchEntry() {
  return (
    <>
      <Island name="search-box" props={{}} />
      <script dangerouslySetInnerHTML={{ __html: searchShellScript() }} />
    </>
  )
}
