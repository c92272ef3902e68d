import { applyStoredTheme, THEME_KEY } from './theme-store'

/** The reader's theme on <html data-theme> before the first paint, so a dark page never flashes light. */
export function ThemeBoot() {
  return <script dangerouslySetInnerHTML={{ __html: `(${applyStoredTheme})(${JSON.stringify(THEME_KEY)})` }} />
}
