import type { MetadataRoute } from 'next'
import { builtSite } from '@/lib/content/built-site.mjs'
import { absoluteUrl } from '@/lib/addresses/page-address.mjs'

// A static export can only hold a metadata route that is rendered once, at build time.
export const dynamic = 'force-static'

/**
 * /sitemap.xml: every page of the current version at its absolute address (the `siteUrl` setting's
 * origin, the base path). Older versions are left out: their pages name the current ones canonical.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const { settings, order, pages } = builtSite()
  return order.map((slug) => ({ url: absoluteUrl(settings.siteUrl, pages[slug].href) }))
}
