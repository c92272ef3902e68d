import type { Manifest } from '@/lib/content/site-manifest.mjs'
import { say } from './site'

/**
 * At the top of every page of an older version: which version this is, and a link to the same
 * page in the current version where it has it, else to its home page.
 */
export function VersionBanner({ site, slug }: { site: Manifest; slug?: string }) {
  const latest = site.tree.currentVersion
  if (!latest) return null
  const same = slug ? latest.pages[slug] : undefined
  return (
    <p className="version-banner" role="note">
      {say('versionBanner', { version: site.tree.label })}{' '}
      <a href={same ?? latest.home}>{say(same ? 'versionSamePage' : 'versionHome', { version: latest.label })}</a>
    </p>
  )
}
