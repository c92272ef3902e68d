import type { MetadataRoute } from 'next'
import { loadSite } from '@/lib/content/load-site.mjs'

// A static export can only hold a metadata route that is rendered once, at build time.
export const dynamic = 'force-static'

/** /robots.txt: the whole portal may be indexed; crawlers are pointed at the sitemap. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const { settings } = await loadSite()
  return { rules: { userAgent: '*', allow: '/' }, sitemap: new URL('/sitemap.xml', settings.siteUrl).href }
}
