import { languageLabel } from '@/lib/languages/site-languages.mjs'
import { builtSite } from '@/lib/content/built-site.mjs'

/** The name readers see for a sample language, from the site settings, for server components. */
export const labelFor = (key: string) => languageLabel(key, builtSite().settings)
