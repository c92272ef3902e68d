import type { MetadataRoute } from 'next'
import { builtSite, renderedTrees } from '@/lib/content/built-site.mjs'
import { absoluteUrl } from '@/lib/addresses/page-address.mjs'
import { pageAlternates } from '@/lib/content/translations.mjs'

// A static export can only hold a metadata route that is rendered once, at build time.
export const dynamic = 'force-static'

/**
 * /sitemap.xml: every page of the current version at its absolute address (the `siteUrl` setting's
 * origin, the base path), in every locale that has translated it, each naming its translations.
 * Older versions are left out: their pages name the current ones canonical; so are pages shown
 * untranslated, which name their original canonical.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return renderedTrees().flatMap(({ name }) => {
    const { settings, order, pages, tree, home } = builtSite(name)
    if (!tree.current) return []
    const url = (address: string) => absoluteUrl(settings.siteUrl, address)
    return order.filter((slug) => !pages[slug].original).map((slug) => {
      const languages = pageAlternates(tree, pages[slug], home)
      return { url: url(pages[slug].href), ...(languages && { alternates: { languages: Object.fromEntries(Object.entries(languages).map(([code, href]) => [code, url(href)])) } }) }
    })
  })
}
