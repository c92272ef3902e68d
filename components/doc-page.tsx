import type { Metadata } from 'next'
import { loadSite } from '@/lib/content/load-site.mjs'
import { markdownHref } from '@/lib/markdown/addresses.mjs'
import { CopyPageButton } from './copy-page-button'
import { LanguageBar } from './language-bar'
import { MenuDrawer } from './menu-drawer'
import { PageMeta } from './page-meta'
import { PageNav } from './page-nav'
import { SearchBox } from './search-box'
import { Sidebar } from './sidebar'

/** Slate's three panes: sidebar, prose, and the dark examples column beside it. */
export async function DocPage({ slug }: { slug: string }) {
  const { settings, pages, languages } = await loadSite()
  const at = pages.findIndex((page) => page.slug === slug)
  const { default: Content } = await import(`@content/${slug}.mdx`)
  return (
    <div className="portal">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <MenuDrawer title={settings.title}>
        <Sidebar title={settings.title} pages={pages} current={slug} footers={settings.tocFooters} search={settings.search ? <SearchBox /> : undefined} />
      </MenuDrawer>
      <main id="content" className="page" tabIndex={-1}>
        <div className="doc">
          <LanguageBar languages={languages} />
          <CopyPageButton href={markdownHref(slug)} />
          <Content />
          <PageMeta editHref={pages[at].editHref} updated={pages[at].updated} />
          <PageNav prev={pages[at - 1]} next={pages[at + 1]} />
        </div>
      </main>
    </div>
  )
}

export async function docMetadata(slug: string): Promise<Metadata> {
  const { settings, pages } = await loadSite()
  const page = pages.find((p) => p.slug === slug)
  if (!page) return {}
  const title = `${page.title} – ${settings.title}`
  const description = page.description || settings.description || `${page.title} in the ${settings.title}.`
  return { title, description, alternates: { canonical: page.href, types: { 'text/markdown': markdownHref(slug) } }, openGraph: { title, description, url: page.href, siteName: settings.title, type: 'article' } }
}
