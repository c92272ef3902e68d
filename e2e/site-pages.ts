/**
 * The pages the site is built from, read with the same content loader the build uses, so the
 * page-level specs walk every page there is (and each heading it must show) without a list to keep.
 */
import { loadSite, pageHref } from '../lib/content.mjs'

export type SitePage = { slug: string; href: string; title: string; headings: { depth: number; text: string; id: string }[] }

const site = await loadSite()

export const settings = site.settings
export const pages: SitePage[] = site.pages.map(({ slug, title, headings }) => ({ slug, href: pageHref(slug), title, headings }))
