/**
 * The llms.txt convention (https://llmstxt.org): `/llms.txt` names the site, sums it up in one
 * line and lists every page's Markdown with its description; `/llms-full.txt` is every page's
 * Markdown in sidebar order, for a reader who wants the whole site in one paste.
 */
import { absoluteUrl, markdownHref } from '../addresses/page-address.mjs'
import { pageMarkdown } from './page-markdown.mjs'

export const LLMS_FILE = 'llms.txt'
export const LLMS_FULL_FILE = 'llms-full.txt'

// Square brackets in a title would end the link text early.
const linkText = (text) => text.replace(/[[\]\\]/g, '\\$&')
const oneLine = (text) => text.replace(/\s+/g, ' ').trim()

/**
 * Pages outside any group are listed under "Docs"; each group's pages under the group's title
 * (a nested group's title follows its parents', `Guides › Wiring`), in sidebar order.
 * Addresses are those of the tree the pages belong to (`settings.paths.prefix`: a version's llms.txt
 * lists that version's pages).
 * @param {{ settings: { title: string, description: string, siteUrl: string, paths?: { prefix: string } },
 *   pages: { slug: string, title: string, description: string, trail?: string[] }[], groups?: Record<string, { title: string }> }} site
 */
export function llmsTxt({ settings, pages, groups = {} }) {
  const prefix = settings.paths?.prefix ?? ''
  const lines = [`# ${oneLine(settings.title)}`, '']
  if (settings.description) lines.push(`> ${oneLine(settings.description)}`, '')
  lines.push(`Each page below is Markdown; [${LLMS_FULL_FILE}](${absoluteUrl(settings.siteUrl, `${prefix}/${LLMS_FULL_FILE}`)}) holds them all in one file.`, '')
  let section
  for (const page of pages) {
    const title = (page.trail ?? []).map((id) => oneLine(groups[id].title)).join(' › ') || 'Docs'
    if (title !== section) lines.push(...(section === undefined ? [] : ['']), `## ${title}`, '')
    section = title
    const link = `- [${linkText(page.title)}](${absoluteUrl(settings.siteUrl, markdownHref(page.slug, prefix))})`
    lines.push(page.description ? `${link}: ${oneLine(page.description)}` : link)
  }
  return `${lines.join('\n')}\n`
}

/** Every page's Markdown, in sidebar order, each page after a rule. */
export function llmsFullTxt({ settings, pages }) {
  return pages.map((page) => pageMarkdown(page, settings)).join('\n---\n\n')
}
