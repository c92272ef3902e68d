import type { MetadataRoute } from 'next'
import { builtSite } from '@/lib/content/built-site.mjs'

// A static export can only hold a metadata route that is rendered once, at build time.
export const dynamic = 'force-static'

/** /sitemap.xml: every page, at its absolute address under the `siteUrl` setting. */
export default function sitemap(): MetadataRoute.Sitemap {
  const { settings, order, pages } = builtSite()
  return order.map((slug) => ({ url: new URL(pages[slug].href, settings.siteUrl).href }))
}
