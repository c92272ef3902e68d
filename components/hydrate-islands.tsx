/**
 * The only script an exported page loads (bundled on its own by lib/cli/islands-bundle.mjs): it
 * hydrates each `<portal-island>` with its component and props, so React takes over exactly the
 * interactive pieces and the rest of the page stays the server's HTML. Each gets the page locale's
 * words and its tree's prefix, which the server wrote once on <html data-words data-tree>
 * (components/island-context.tsx).
 */
import { hydrateRoot } from 'react-dom/client'
import { islands, type IslandName } from './islands'
import { IslandContext, pageIslandContext } from './island-context'

const page = pageIslandContext()
for (const element of document.querySelectorAll<HTMLElement>('portal-island')) {
  const Component = islands[element.dataset.island as IslandName] as React.ComponentType<object> | undefined
  if (!Component) continue
  hydrateRoot(
    element,
    <IslandContext {...page}>
      <Component {...JSON.parse(element.dataset.props ?? '{}')} />
    </IslandContext>,
  )
}
