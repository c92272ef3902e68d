import { takeHighlight, highlightSection } from './search-highlight'

/**
 * On a page a search result opened: marks the words of that search in the section it points to.
 * The search code comes as its one chunk (search-dialog re-exports loadSearch), only when there is
 * something to mark.
 */
export function highlightArrival() {
  const pending = takeHighlight()
  if (pending) void import('./search-dialog').then(({ loadSearch }) => loadSearch()).then(({ encode }) => highlightSection(pending.anchor, pending.terms, encode))
}
