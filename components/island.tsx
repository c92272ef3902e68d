import type { ComponentProps } from 'react'
import { islands, type IslandName } from './islands'
import { currentSite, islandWords } from './site'
import { IslandContext } from './island-context'

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'portal-island': { 'data-island': string; 'data-props': string; children?: React.ReactNode }
    }
  }
}

/**
 * An interactive piece of a server-rendered page: the component's HTML, inside an element that
 * names it and holds its props (small and JSON: never the page's content), so the browser can
 * hydrate it alone. `portal-island` is `display: contents`: it adds no box to the layout. The
 * portal's words it shows and its tree's prefix come from the page (components/island-context.tsx), not its props.
 */
export function Island<N extends IslandName>({ name, props }: { name: N; props: ComponentProps<(typeof islands)[N]> }) {
  const Component = islands[name] as unknown as React.ComponentType<Record<string, unknown>>
  return (
    <portal-island data-island={name} data-props={JSON.stringify(props)}>
      <IslandContext words={islandWords()} prefix={currentSite().tree.prefix}>
        <Component {...(props as Record<string, unknown>)} />
      </IslandContext>
    </portal-island>
  )
}
