import type { MetadataRoute } from 'next'
import { builtSite } from '@/lib/content/built-site.mjs'
import { absoluteUrl } from '@/lib/addresses/page-address.mjs'

// A static export can only hold a metadata route that is rendered once, at build time.
export const dynamic = 'force-static'

/** /robots.txt: the whole portal may be indexed; crawlers are pointed at the sitemap. */
export default function robots(): MetadataRoute.Robots {
  const { settings, tree } = builtSite()
  return { rules: { userAgent: '*', allow: `${tree.basePath}/` }, sitemap: absoluteUrl(settings.siteUrl, `${tree.basePath}/sitemap.xml`) }
}
