/**
 * The portal's own words, in English: what every page shows around the author's content. A locale
 * replaces any of them in its `strings.json` (`content/locales/<code>/strings.json`; the default
 * locale's is `content/strings.json`); a word it leaves out stays English. `{name}` marks a value
 * filled in where the word is shown.
 *
 * Pure data, no imports: the islands' bundle takes the island words from here (ISLAND_KEYS), so a
 * page in English carries none of them in its HTML.
 */
export const PORTAL_STRINGS = {
  // Frame and sidebar
  skipToContent: 'Skip to content',
  menu: 'Menu',
  documentation: 'Documentation',
  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  // The locale menu: its name says what it chooses (the docs' human language, not a code sample's).
  localeMenu: 'Language of the docs',
  versionMenu: 'Version',
  versions: 'Versions',
  versionBanner: 'You are reading the documentation of version {version}, an older version.',
  versionSamePage: 'Read this page in the current version ({version})',
  versionHome: 'Go to the current version ({version})',
  // A page
  untranslated: 'This page is not translated into {locale} yet: it is shown in {original}.',
  untranslatedLink: 'Read the original ({original})',
  codeSampleLanguage: 'Code sample language',
  sampleFallback: 'No {language} sample for this; showing {shown}',
  asideNote: 'Note',
  asideWarning: 'Warning',
  asideTip: 'Tip',
  linkToSection: 'Link to this section',
  sectionPending: 'This section is being written.',
  authorNote: 'Author’s note: ',
  previous: 'Previous',
  next: 'Next',
  pageNav: 'Previous and next page',
  editPage: 'Edit this page',
  lastUpdated: 'Last updated',
  groupKind: '(group)',
  // What search engines show for a page without a description of its own, and for a group's page.
  pageDescription: '{page} in the {site}.',
  groupDescription: 'The pages of {group} in the {site}.',
  // Copy buttons
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  copyCode: 'Copy {language} code',
  codeCopied: '{language} code copied',
  copyCodeFailed: 'Copy failed: select the code and copy it by hand',
  copyPage: 'Copy page',
  copyPageLabel: 'Copy page as Markdown',
  pageCopied: 'Page copied as Markdown',
  copyPageFailed: 'Copy failed: open {href} and copy it by hand',
  // Search
  search: 'Search',
  searchPlaceholder: 'Search the docs',
  searchResults: 'Search results',
  searchLoading: 'Loading search…',
  searchUnavailable: 'Search is unavailable right now.',
  oneResult: '1 result',
  results: '{count} results',
  noResults: 'No results for “{query}”',
}

/** The words islands show: the only ones a page in another locale carries for its scripts. */
export const ISLAND_KEYS = /** @type {const} */ ([
  'theme', 'themeSystem', 'themeLight', 'themeDark', 'menu', 'codeSampleLanguage', 'sampleFallback', 'localeMenu', 'versionMenu', 'versions',
  'copy', 'copied', 'copyFailed', 'copyCode', 'codeCopied', 'copyCodeFailed', 'copyPage', 'copyPageLabel', 'pageCopied', 'copyPageFailed',
  'search', 'searchPlaceholder', 'searchResults', 'searchLoading', 'searchUnavailable', 'oneResult', 'results', 'noResults',
])

/**
 * A word with its values filled in: `fill('No results for “{query}”', { query: 'x' })`.
 * @param {string} text @param {Record<string, string | number>} [values]
 */
export const fill = (text, values = {}) => text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole))
