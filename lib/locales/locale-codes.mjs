/**
 * A locale's code is a BCP 47 tag (`en`, `pt-BR`, `zh-Hans`), and it is the locale's URL segment
 * (`/pt-BR/`) and its pages' `<html lang>`: so it must be a tag, and written the one way browsers
 * and search engines read it (the canonical form, `pt-BR` not `pt-br`).
 */

// Scripts written right to left, for `<html dir>`; Intl.Locale's textInfo says so where the runtime has it.
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi'])

/** What is wrong with a locale code, or null. */
export function localeCodeProblem(code) {
  if (typeof code !== 'string' || !code) return { message: 'a locale has no "code"', hint: 'write its BCP 47 tag, e.g. { "code": "ko", "name": "한국어" }' }
  let canonical
  try {
    ;[canonical] = Intl.getCanonicalLocales(code)
  } catch {
    return { message: `locale code "${code}" is not a BCP 47 tag`, hint: 'write a language code, then a region or script if needed: "ko", "pt-BR", "zh-Hans"' }
  }
  // Syntax allows 4–8 letter language subtags, but no language is written so; a name ("english") is meant.
  if (!/^[a-z]{2,3}(-|$)/.test(canonical)) return { message: `locale code "${code}" is not a language code`, hint: 'start it with the two- or three-letter ISO 639 code: "en", "ko", "zh-Hans"' }
  if (canonical !== code) return { message: `locale code "${code}" is not written as BCP 47 writes it`, hint: `write "${canonical}"` }
  return null
}

/** 'rtl' for a language written right to left (Arabic, Hebrew, Persian, Urdu, …), else 'ltr'. */
export function textDirection(code) {
  try {
    const locale = new Intl.Locale(code)
    // A script named in the tag wins: Azerbaijani in Arabic script (`az-Arab`) is right to left.
    if (locale.script) return ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm'].includes(locale.script) ? 'rtl' : 'ltr'
    // @ts-ignore textInfo is newer than the types
    const info = locale.textInfo ?? locale.getTextInfo?.()
    if (info?.direction) return info.direction === 'rtl' ? 'rtl' : 'ltr'
    return RIGHT_TO_LEFT.has(locale.language) ? 'rtl' : 'ltr'
  } catch {
    return 'ltr'
  }
}
