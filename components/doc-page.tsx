import type { Metadata } from 'next'
import { neighbours } from '@/lib/content/sidebar.mjs'
import { markdownHref } from '@/lib/markdown/addresses.mjs'
import { Island } from './island'
import { PageContent } from './page-content'
import { PageMeta } from './page-meta'
import { PageNav } from './page-nav'
import { PortalFrame } from './portal-frame'
import { currentSite } from './site'

/** Slate's three panes: sidebar, prose, and the dark examples column beside it. */
export function DocPage({ slug }: { slug: string }) {
  const site = currentSite()
  const page = site.pages[slug]
  const { prev, next } = neighbours(site, slug)
  return (
    <PortalFrame current={{ slug }}>
      <div className="doc">
        {/* Only where it chooses something: a page without sample tabs gives its prose the width. */}
        {page.sampleGroups && <Island name="language-bar" props={{ languages: site.languages }} />}
        <Island name="copy-page-button" props={{ href: markdownHref(slug, site.tree.prefix) }} />
        <PageContent slug={slug} tree={site.tree.name} />
        <PageMeta editHref={page.editHref} updated={page.updated} />
        <PageNav prev={prev} next={next} />
      </div>
    </PortalFrame>
  )
}

export function docMetadata(slug: string): Metadata {
  const { settings, pages, tree } = currentSite()
  const page = pages[slug]
  if (!page) return {}
  const title = `${page.title} – ${settings.title}`
  const description = page.description || settings.description || `${page.title} in the ${settings.title}.`
  // An older version's page names the current version's as the one to index, where there is one.
  const canonical = tree.currentVersion?.pages[slug] ?? page.href
  return { title, description, alternates: { canonical, types: { 'text/markdown': markdownHref(slug, tree.prefix) } }, openGraph: { title, description, url: page.href, siteName: settings.title, type: 'article' } }
}
