import type { Metadata } from 'next'
import { neighbours } from '@/lib/content/sidebar.mjs'
import { markdownHref } from '@/lib/addresses/page-address.mjs'
import { canonicalAddress, pageAlternates } from '@/lib/content/translations.mjs'
import { Island } from './island'
import { PageContent } from './page-content'
import { PageMeta } from './page-meta'
import { PageNav } from './page-nav'
import { PortalFrame } from './portal-frame'
import { currentSite, say } from './site'
import { originalLocale, UntranslatedNotice } from './untranslated-notice'

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
        {/* Below the bar above the examples column, in the prose column, so neither covers the other. */}
        <UntranslatedNotice site={site} slug={slug} />
        {/* An untranslated page's words are its original's: screen readers and hyphenation are told. */}
        {page.original ? (
          <div lang={originalLocale(site)?.code} className="untranslated">
            <PageContent slug={slug} tree={site.tree.name} />
          </div>
        ) : (
          <PageContent slug={slug} tree={site.tree.name} />
        )}
        <PageMeta editHref={page.editHref} updated={page.updated} />
        <PageNav prev={prev} next={next} />
      </div>
    </PortalFrame>
  )
}

export function docMetadata(slug: string): Metadata {
  const { settings, pages, tree, home } = currentSite()
  const page = pages[slug]
  if (!page) return {}
  const title = `${page.title} – ${settings.title}`
  const description = page.description || settings.description || say('pageDescription', { page: page.title, site: settings.title })
  // An older version's page names the current version's as the one to index, where there is one; an untranslated page its original.
  const canonical = canonicalAddress(tree, page)
  const languages = pageAlternates(tree, page, home) ?? undefined
  return { title, description, alternates: { canonical, languages, types: { 'text/markdown': markdownHref(slug, tree.prefix) } }, openGraph: { title, description, url: page.href, siteName: settings.title, type: 'article' } }
}
