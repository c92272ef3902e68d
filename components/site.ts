import { languageLabel } from '@/lib/languages/site-languages.mjs'
import { readSettings } from '@/lib/content/site-settings.mjs'

/** The site settings, with defaults filled in, for server components. */
export const site = readSettings()

export const labelFor = (key: string) => languageLabel(key, site)
