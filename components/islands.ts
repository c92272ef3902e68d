/**
 * Every interactive piece of a page, by name. The exported pages carry no framework code of
 * Next's: each of these is server-rendered inside a `<portal-island>` with its props, and
 * hydrate-islands.tsx hydrates exactly these, nothing else (see island.tsx).
 */
import { CopyButton } from './copy-button'
import { CopyPageButton } from './copy-page-button'
import { GroupToggle } from './group-toggle'
import { LanguageBar } from './language-bar'
import { MenuButton } from './menu-button'
import { SampleTabs } from './sample-tabs'
import { SearchBox } from './search-box'
import { ThemeSwitch } from './theme-switch'
import { TocLink } from './toc-link'
import { VersionMenu } from './version-menu'

export const islands = {
  'copy-button': CopyButton,
  'copy-page-button': CopyPageButton,
  'group-toggle': GroupToggle,
  'language-bar': LanguageBar,
  'menu-button': MenuButton,
  'sample-tabs': SampleTabs,
  'search-box': SearchBox,
  'theme-switch': ThemeSwitch,
  'toc-link': TocLink,
  'version-menu': VersionMenu,
}

export type IslandName = keyof typeof islands
