/**
 * Heading anchors the way Slate made them, so links written against a Slate site keep working.
 *
 * Slate runs Rails' `parameterize` over the heading text: accents folded to ASCII, lower-cased,
 * every run of other characters turned into one `-`, dashes trimmed from both ends. A heading seen
 * again on the same page gets `-2`, `-3`, …
 */

/** @param {string} text */
export function slateSlug(text) {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const slug = ascii.replace(/[^a-z0-9_-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '')
  // Slate falls back to an escaped form when nothing ASCII is left (Chinese, Russian headings).
  return slug || encodeURIComponent(text.trim()).replace(/%/g, '-').toLowerCase() || 'section'
}

/** A counter that hands out unique slugs in document order. */
export function createSlugger() {
  /** @type {Map<string, number>} */
  const seen = new Map()
  return {
    /** @param {string} text */
    slug(text) {
      const base = slateSlug(text)
      const count = (seen.get(base) ?? 0) + 1
      seen.set(base, count)
      return count === 1 ? base : `${base}-${count}`
    },
    /** Reserves an id that is already taken (a row anchor, an author's own id). */
    reserve(/** @type {string} */ id) {
      seen.set(id, Math.max(seen.get(id) ?? 0, 1))
    },
  }
}
