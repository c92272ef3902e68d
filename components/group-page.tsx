import type { Metadata } from 'next'
import { groupListing } from '@/lib/content/sidebar.mjs'
import { groupAddress } from '@/lib/addresses/page-address.mjs'
import { PortalFrame } from './portal-frame'
import { currentSite } from './site'

/**
 * A group's page: its pages (with their descriptions) and its groups. The sidebar links a closed
 * group's title here, so without JavaScript every page is reachable from every page.
 */
export function GroupPage({ id }: { id: string }) {
  const site = currentSite()
  const group = site.groups[id]
  return (
    <PortalFrame current={{ group: id }}>
      <div className="group-page">
        <h1>{group.title}</h1>
        <ul className="group-listing">
          {groupListing(site, id).map((entry) => (
            <li key={entry.href}>
              <a href={entry.href}>{entry.title}</a>
              {entry.group ? <span className="group-listing-kind"> (group)</span> : entry.description && <p>{entry.description}</p>}
            </li>
          ))}
        </ul>
      </div>
    </PortalFrame>
  )
}

export function groupMetadata(id: string): Metadata {
  const { settings, groups, tree } = currentSite()
  const group = groups[id]
  if (!group) return {}
  const title = `${group.title} – ${settings.title}`
  return { title, description: `The pages of ${group.title} in the ${settings.title}.`, alternates: { canonical: groupAddress(id, tree.prefix) } }
}
