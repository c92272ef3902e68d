import { matchRanges } from '@/lib/search/marks.mjs'

/**
 * After a search result is opened: briefly marks the matched words in the section it points to,
 * with the CSS Custom Highlight API, so React's DOM is never touched. The terms ride in
 * sessionStorage, keeping the URL the clean page#anchor a reader would share.
 */
const KEY = 'search-highlight'
const NAME = 'search-hit'
const SHOWN_MS = 6000

type Encode = (text: string) => string[]

export function rememberHighlight(url: string, terms: string[]) {
  sessionStorage.setItem(KEY, JSON.stringify({ url, terms }))
}

/** The terms to mark on this page, if a search result just led here. Read once. */
export function takeHighlight(): { anchor: string; terms: string[] } | null {
  const saved = sessionStorage.getItem(KEY)
  if (!saved) return null
  const { url, terms } = JSON.parse(saved) as { url: string; terms: string[] }
  const [path, anchor = ''] = url.split('#')
  if (path !== location.pathname) return null
  sessionStorage.removeItem(KEY)
  return { anchor, terms }
}

/** The elements of a section: its own, and the h4+ sections up to the next h1-h3. */
function sectionOf(anchor: string): Element[] {
  const target = anchor ? document.getElementById(anchor) : null
  if (!target) return [document.getElementById('content') ?? document.body]
  const section = /^H[1-3]$/.test(target.tagName) ? target.closest('section') : null
  if (!section) return [target]
  const parts: Element[] = [section]
  for (let next = section.nextElementSibling; next && !next.querySelector('h1, h2, h3'); next = next.nextElementSibling) parts.push(next)
  return parts
}

let timer: ReturnType<typeof setTimeout> | undefined

export function highlightSection(anchor: string, terms: string[], encode: Encode) {
  if (!('highlights' in CSS)) return
  const ranges: Range[] = []
  for (const root of sectionOf(anchor)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const { start, end } of matchRanges(node.nodeValue ?? '', terms, encode)) {
        const range = new Range()
        range.setStart(node, start)
        range.setEnd(node, end)
        ranges.push(range)
      }
    }
  }
  CSS.highlights.set(NAME, new Highlight(...ranges))
  clearTimeout(timer)
  timer = setTimeout(() => CSS.highlights.delete(NAME), SHOWN_MS)
}

/** Marks the words of the search that led here, once the search code's `encode` is at hand. */
export function highlightPending(encode: Encode) {
  const pending = takeHighlight()
  if (pending) highlightSection(pending.anchor, pending.terms, encode)
}
