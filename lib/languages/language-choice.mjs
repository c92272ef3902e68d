/**
 * Which sample language a reader sees: a link's choice, else the stored one, else the default.
 * Kept free of imports and outer names: `chooseLanguage` is also sent, as its own source text,
 * in the inline script that applies the choice before the first paint.
 */

export const STORAGE_KEY = 'evnex-docs.language'

/**
 * @param {string} search   location.search, e.g. '?lang=javascript&x=1' (also Slate's '?language=x', '?x')
 * @param {string | null} stored  what localStorage holds
 * @param {string[]} known  the site's language keys; the first is the default
 * @returns {{ lang: string, fromUrl: boolean }}
 */
export function chooseLanguage(search, stored, known) {
  const params = new URLSearchParams(search)
  const asked = [params.get('lang'), params.get('language'), ...[...params.keys()].filter((k) => params.get(k) === '')]
  const fromUrl = asked.find((value) => value !== null && known.includes(value))
  if (fromUrl) return { lang: fromUrl, fromUrl: true }
  if (stored !== null && known.includes(stored)) return { lang: stored, fromUrl: false }
  return { lang: known[0] ?? '', fromUrl: false }
}

/** The URL after a language change: `lang` set, Slate's old forms dropped, all else kept. */
export function urlWithLanguage(href, lang, known) {
  const url = new URL(href)
  url.searchParams.delete('language')
  for (const key of known) if (url.searchParams.get(key) === '') url.searchParams.delete(key)
  url.searchParams.set('lang', lang)
  return url.pathname + url.search + url.hash
}

/**
 * What one sample group shows: the chosen language's sample, else its first sample and a note
 * saying so (the stored choice stays). `chosen` is '' while the choice is not known yet.
 * @param {string[]} groupKeys  the group's language keys, in tab order
 * @param {string} chosen
 * @param {(key: string) => string} labelOf  a language's display name
 * @param {string} [words]  the note in the page's locale, `{language}` and `{shown}` filled in
 * @returns {{ shown: string, note: string }}
 */
export function groupChoice(groupKeys, chosen, labelOf, words = 'No {language} sample for this; showing {shown}') {
  if (!chosen || groupKeys.includes(chosen)) return { shown: chosen || groupKeys[0], note: '' }
  return { shown: groupKeys[0], note: words.replace('{language}', labelOf(chosen)).replace('{shown}', labelOf(groupKeys[0])) }
}
