import type { Manifest } from '@/lib/content/site-manifest.mjs'
import { say } from './site'

/** The locale a page not translated yet is shown in: the default one, first in the locale menu. */
export const originalLocale = (site: Manifest) => site.tree.locales?.[0]

/**
 * At the top of a page not translated yet into the locale read (its text is the default locale's):
 * says so in the reader's locale, and links to the original page.
 */
export function UntranslatedNotice({ site, slug }: { site: Manifest; slug: string }) {
  const page = site.pages[slug]
  if (!page?.original) return null
  const source = originalLocale(site)
  const names = { locale: site.tree.locale.name, original: source?.name ?? '' }
  return (
    <p className="untranslated-notice" role="note">
      {say('untranslated', names)}{' '}
      <a href={page.original} hrefLang={source?.code}>
        {say('untranslatedLink', names)}
      </a>
    </p>
  )
}
