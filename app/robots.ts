import type { MetadataRoute } from 'next'
import { builtSite } from '@/lib/content/built-site.mjs'

// A static export can only hold a metadata route that is rendered once, at build time.
export const dynamic = 'force-static'

/** /robots.txt: the whole portal may be indexed; crawlers are pointed at the sitemap. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: new URL('/sitemap.xml', builtSite().settings.siteUrl).href }
}
