/**
 * The only script an exported page loads (bundled on its own by lib/cli/islands-bundle.mjs): it
 * hydrates each `<portal-island>` with its component and props, so React takes over exactly the
 * interactive pieces and the rest of the page stays the server's HTML. Each gets the page locale's
 * words, which the server wrote once on <html data-words> (components/words.tsx).
 */
import { hydrateRoot } from 'react-dom/client'
import { islands, type IslandName } from './islands'
import { WordsProvider } from './words'

const words = JSON.parse(document.documentElement.dataset.words ?? '{}')
for (const element of document.querySelectorAll<HTMLElement>('portal-island')) {
  const Component = islands[element.dataset.island as IslandName] as React.ComponentType<object> | undefined
  if (!Component) continue
  hydrateRoot(
    element,
    <WordsProvider words={words}>
      <Component {...JSON.parse(element.dataset.props ?? '{}')} />
    </WordsProvider>,
  )
}
