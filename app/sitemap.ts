import type { MetadataRoute } from 'next'
import { loadSite } from '@/lib/content/load-site.mjs'

// A static export can only hold a metadata route that is rendered once, at build time.
export const dynamic = 'force-static'

/** /sitemap.xml: every page, at its absolute address under the `siteUrl` setting. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { settings, pages } = await loadSite()
  return pages.map((page) => ({ url: new URL(page.href, settings.siteUrl).href }))
}
