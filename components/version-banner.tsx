import type { Manifest } from '@/lib/content/site-manifest.mjs'

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
      You are reading the documentation of version {site.tree.label}, an older version.{' '}
      <a href={same ?? latest.home}>{same ? `Read this page in the current version (${latest.label})` : `Go to the current version (${latest.label})`}</a>
    </p>
  )
}
