/**
 * A Middleman locale code as the portal names it: a BCP 47 tag (`pt_BR` → `pt-BR`), and the
 * locale's name in its own language (`한국어`, `Português (Brasil)`), from the ICU data Node ships
 * (Intl.DisplayNames knows every language, where a table of ours would know a few).
 *
 * Slate sites often name a locale by its country (`kr`, `cn`, `jp`): such a code becomes the tag
 * of the language meant, and the old URLs keep the code (see locale-pages.mjs).
 */

/**
 * Country codes written where a language code belongs, and deprecated language codes, each with
 * the tag meant. `kr` (Kanuri), `se` (Northern Sami), `br` (Breton) and `tw` (Twi) are languages
 * too, but a docs site that uses them means Korea, Sweden, Brazil and Taiwan.
 */
export const COUNTRY_CODES = {
  kr: 'ko',
  cn: 'zh-CN',
  jp: 'ja',
  cz: 'cs',
  gr: 'el',
  dk: 'da',
  se: 'sv',
  ua: 'uk',
  vn: 'vi',
  br: 'pt-BR',
  tw: 'zh-TW',
  hk: 'zh-HK',
  in: 'id',
  iw: 'he',
  ji: 'yi',
}

/**
 * @param {string} code  a Middleman locale (`kr`, `pt_BR`, `zh-cn`)
 * @returns {{ tag: string, mapped: boolean } | undefined}  undefined: not a BCP 47 tag at all;
 *   mapped: the tag is another code's (a country code) rather than the same code tidied
 */
export function localeTag(code) {
  const lower = code.toLowerCase()
  if (COUNTRY_CODES[lower]) return { tag: COUNTRY_CODES[lower], mapped: true }
  try {
    const [tag] = Intl.getCanonicalLocales(code.replace(/_/g, '-'))
    return { tag, mapped: false }
  } catch {
    return undefined
  }
}

/** The locale's name in its own language, capitalized as a menu entry (`français` → `Français`). */
export function localeName(tag) {
  let name
  try {
    name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag)
  } catch {
    return tag
  }
  if (!name) return tag
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1)
}
