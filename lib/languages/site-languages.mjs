/** The site's sample languages: their order in the language bar and their display names. */

const KNOWN_NAMES = {
  shell: 'Shell', bash: 'Bash', sh: 'Shell', curl: 'cURL', javascript: 'JavaScript', js: 'JavaScript',
  typescript: 'TypeScript', ts: 'TypeScript', python: 'Python', ruby: 'Ruby', php: 'PHP', java: 'Java',
  csharp: 'C#', cs: 'C#', go: 'Go', swift: 'Swift', kotlin: 'Kotlin', objective_c: 'Objective-C',
  json: 'JSON', xml: 'XML', html: 'HTML', http: 'HTTP', text: 'Text', yaml: 'YAML', node: 'Node.js',
}

// A key is any word a code fence names (```constructor too): only a table's own entries count.
const own = (table, key) => (Object.hasOwn(table, key) ? table[key] : undefined)

/** The name a reader sees for a language key; undefined when nobody gave it one. */
export function declaredLabel(key, settings) {
  return settings.languageTabs.find((tab) => tab.key === key)?.label ?? own(settings.languageNames, key)
}

export function languageLabel(key, settings) {
  const [base, variant] = key.split('--')
  const baseLabel = () => declaredLabel(base, settings) ?? own(KNOWN_NAMES, base) ?? base
  return declaredLabel(key, settings) ?? (variant ? `${baseLabel()} (${variant})` : own(KNOWN_NAMES, key) ?? key)
}

/**
 * The language bar: the settings' tabs in their order, then every other language that a sample
 * group uses, by first appearance. `groups` is each group's language keys, in page order.
 * @param {{ languageTabs: {key: string, label: string}[], languageNames: Record<string, string> }} settings
 * @param {string[][]} groups
 */
export function siteLanguages(settings, groups) {
  const keys = settings.languageTabs.map((tab) => tab.key)
  for (const group of groups) for (const key of group) if (!keys.includes(key)) keys.push(key)
  return keys.map((key) => ({ key, label: languageLabel(key, settings) }))
}
