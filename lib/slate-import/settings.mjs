/**
 * The portal's site.json from Slate front matter: title, language tabs with their display names,
 * toc footers with their HTML links turned into Markdown links, search, and every other key kept
 * under `slate` so a site's own settings (meta, code_clipboard…) are not lost on the way.
 */
import { extraKeys, languageTabs } from './front-matter.mjs'
import { languageLabel } from '../languages/site-languages.mjs'

const decode = (text) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'")

/**
 * `<a href='https://x' target='_blank'>Sign up</a>` → `[Sign up](https://x)`; other tags are dropped
 * with their text kept. Returns the Markdown and whether anything besides links was dropped.
 * @param {string} html
 */
export function footerToMarkdown(html) {
  let dropped = false
  const withLinks = String(html).replace(/<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a>/gi, (_, q, href, label) => {
    const text = decode(label.replace(/<[^>]+>/g, '')).trim().replace(/[[\]]/g, '')
    return `[${text || href}](${decode(href).replace(/\s/g, '%20').replace(/\)/g, '%29')})`
  })
  const plain = withLinks.replace(/<\/?[A-Za-z][^>]*>/g, () => {
    dropped = true
    return ''
  })
  return { markdown: decode(plain).replace(/\s+/g, ' ').trim(), dropped }
}

/** Toc footers of a tree's pages, as Markdown, each once. */
function footersOf(sources, warn) {
  const footers = []
  for (const { data, file } of sources) {
    for (const entry of Array.isArray(data.toc_footers) ? data.toc_footers : []) {
      const { markdown, dropped } = footerToMarkdown(entry)
      if (dropped) warn(`${file}:1`, `toc footer "${markdown}" had HTML besides links — kept its text`)
      if (markdown && !footers.includes(markdown)) footers.push(markdown)
    }
  }
  return footers
}

const descriptionOf = (data) => String((Array.isArray(data.meta) ? data.meta : []).find((m) => m?.name === 'description')?.content ?? '')

/**
 * @param {{ data: Record<string, any>, file: string }[]} sources  front matter of each source page
 * @param {{ pages: string[], responseLanguages: string[], warn: (at: string, message: string) => void,
 *   translations?: { data: Record<string, any>, file: string }[] }} site  translations: the other
 *   locales' pages, whose language tabs and other keys the site keeps too (their titles and footers
 *   are their locale's, see localeSettings)
 */
export function buildSettings(sources, { pages, responseLanguages, warn, translations = [] }) {
  const first = sources[0]?.data ?? {}
  const tabs = []
  const names = {}
  for (const { data } of [...sources, ...translations]) {
    for (const { key, label } of languageTabs(data.language_tabs)) {
      if (!tabs.some((t) => t.key === key)) tabs.push({ key })
      if (label) names[key] = label
    }
  }
  const footers = footersOf(sources, warn)
  const extras = Object.fromEntries([...sources, ...translations].map(({ data, file }) => [file.split(/[\\/]/).pop(), extraKeys(data)]).filter(([, v]) => Object.keys(v).length))
  const settings = {
    title: String(first.title ?? 'API Reference'),
    description: descriptionOf(first),
    siteUrl: 'http://localhost:3000',
    languageTabs: tabs.map(({ key }) => ({ key, label: names[key] ?? languageLabel(key, { languageTabs: [], languageNames: {} }) })),
    languageNames: names,
    responseLanguages,
    tocFooters: footers,
    search: sources.some(({ data }) => data.search === true),
    pages,
  }
  if (Object.keys(extras).length) settings.slate = extras
  return settings
}

/**
 * A locale's own `site.json` (docs: locales): its title, description and toc footers, where its
 * pages' front matter says otherwise than the default locale's settings.
 * @param {{ data: Record<string, any>, file: string }[]} sources  the locale's pages
 * @param {{ title: string, description: string, tocFooters: string[] }} main  the site's settings
 */
export function localeSettings(sources, main, warn) {
  const first = sources[0]?.data ?? {}
  const own = { title: first.title === undefined ? main.title : String(first.title), description: first.meta ? descriptionOf(first) : main.description, tocFooters: footersOf(sources, warn) }
  if (!sources.some(({ data }) => Array.isArray(data.toc_footers))) own.tocFooters = main.tocFooters
  return Object.fromEntries(Object.entries(own).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(main[key])))
}
