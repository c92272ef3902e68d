/**
 * A locale's settings: the settings of the content it translates, with what its own site.json
 * gives in its words (lib/locales/locale-files.mjs): the title, the description, the toc footers,
 * and group titles. A group keeps its id, so `/category/<id>/` is the same page in every locale
 * and the locale menu can keep the reader on it.
 */

/** @param {any} entries a page tree @param {Record<string, string>} titles */
const retitled = (entries, titles) => entries.map((entry) => (entry.type === 'group' ? { ...entry, title: titles[entry.title] ?? entry.title, children: retitled(entry.children, titles) } : entry))

/**
 * @param {any} settings read-site.mjs's settings of the original content
 * @param {{ title?: string, description?: string, tocFooters?: string[], groups?: Record<string, string> }} own
 */
export function translatedSettings(settings, own = {}) {
  const { groups, ...words } = own
  return { ...settings, ...words, pageTree: groups ? retitled(settings.pageTree, groups) : settings.pageTree }
}
