/**
 * What Middleman's i18n extension knew about a site, read from its files: whether it was on
 * (`config.rb`), its options, the locales (the `langs`/`locales` option, else `locales/*.yml` in
 * the project folder, sorted, as Middleman found them), the locale at the site root, each locale's
 * strings, and whether a layout picks includes from a locale subfolder
 * (`partial "includes/#{I18n.locale}/#{include}"`).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { i18nConfig } from './config-rb.mjs'

const DEFAULTS = { path: '/:locale/', templates_dir: 'localizable', data: 'locales', mount_at_root: undefined, locale_map: {}, no_fallbacks: false }

const isFile = (file) => fs.existsSync(file) && fs.statSync(file).isFile()
const isDir = (dir) => fs.existsSync(dir) && fs.statSync(dir).isDirectory()

/** Every file under `dir` whose name matches `pattern`, at any depth. */
const filesUnder = (dir, pattern) =>
  isDir(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => pattern.test(f)).sort().map((f) => path.join(dir, f)) : []

const deepMerge = (into, from) => {
  for (const [key, value] of Object.entries(from ?? {})) {
    if (value && typeof value === 'object' && !Array.isArray(value) && into[key] && typeof into[key] === 'object') deepMerge(into[key], value)
    else into[key] = value
  }
  return into
}

/**
 * A layout's include call that names a locale: `includes/#{I18n.locale}/#{include}` becomes
 * `includes/{locale}/{name}`. Undefined when no layout does so.
 */
export function layoutIncludePattern(layoutsDir) {
  for (const file of filesUnder(layoutsDir, /\.(erb|haml|slim)$/)) {
    const text = fs.readFileSync(file, 'utf8')
    for (const m of text.matchAll(/partial\s*\(?\s*["']([^"'\n]*#\{[^}]*\}[^"'\n]*)["']/g)) {
      const parts = [...m[1].matchAll(/#\{([^}]*)\}/g)]
      const isLocale = (expr) => /^\s*(?:::)?(?:I18n\s*\.\s*)?(?:locale|lang)(?:\s*\.\s*to_s)?\s*$/.test(expr) || /current_locale|current_lang/.test(expr)
      if (parts.length === 2 && parts.filter((p) => isLocale(p[1])).length === 1) {
        return m[1].replace(/#\{([^}]*)\}/g, (all, expr) => (isLocale(expr) ? '{locale}' : '{name}'))
      }
    }
  }
  return undefined
}

/**
 * @param {string} sourceRoot  the site's source folder
 * @param {(at: string, message: string) => void} warn
 * @returns {{ config?: string, active?: boolean, options: typeof DEFAULTS & Record<string, any>, codes: string[],
 *   files: Record<string, string>, strings: Record<string, any>, includePattern?: string, hasLayouts: boolean }}
 *   config: the config.rb read; active: whether it activates i18n (undefined without a config.rb);
 *   codes: the locales Middleman knew (empty when nothing names them); files: each locale's file;
 *   strings: every locale's keys, by locale
 */
export function readI18n(sourceRoot, warn) {
  const root = path.resolve(sourceRoot)
  const candidates = path.basename(root) === 'source' ? [path.dirname(root), root] : [root, path.dirname(root)]
  const project = candidates.find((dir) => isFile(path.join(dir, 'config.rb'))) ?? candidates[0]
  const config = isFile(path.join(project, 'config.rb')) ? path.join(project, 'config.rb') : undefined
  let active
  const options = { ...DEFAULTS }
  if (config) {
    const read = i18nConfig(fs.readFileSync(config, 'utf8'))
    active = read.active
    for (const { name, line } of read.unread) warn(`${config}:${line}`, `i18n option \`${name}\` is Ruby the importer cannot read — taken as Middleman's default; write it as a literal to have it read`)
    Object.assign(options, read.options)
    if (read.options.langs && !read.options.locales) options.locales = read.options.langs
    if (read.options.lang_map && !read.options.locale_map) options.locale_map = read.options.lang_map
  }
  // Locale files live in the project folder (beside source/); a doc set without one has them beside its pages.
  const dataDir = [...new Set([project, root])].map((dir) => path.join(dir, String(options.data))).find(isDir)
  const files = {}
  const strings = {}
  for (const file of dataDir ? filesUnder(dataDir, /\.(ya?ml|rb)$/) : []) {
    const top = path.dirname(path.relative(dataDir, file)) === '.'
    const code = path.basename(file).replace(/\.(ya?ml|rb)$/, '')
    if (file.endsWith('.rb')) {
      warn(`${file}:1`, 'a Ruby locale file is not read — its strings are missing; write them as YAML')
      if (top) files[code] ??= file
      continue
    }
    try {
      const data = parse(fs.readFileSync(file, 'utf8')) ?? {}
      if (typeof data !== 'object' || Array.isArray(data)) throw new Error('not a mapping of locales')
      deepMerge(strings, data)
    } catch (error) {
      warn(`${file}:${error.linePos?.[0]?.line ?? 1}`, `locale file is not valid YAML (${String(error.message).split('\n')[0]}) — its strings are missing`)
    }
    if (top) files[code] ??= file
  }
  const listed = options.locales ? [options.locales].flat().map(String) : undefined
  return {
    config,
    active,
    options,
    codes: listed ?? Object.keys(files).sort(),
    files,
    strings,
    includePattern: layoutIncludePattern(path.join(root, 'layouts')),
    hasLayouts: isDir(path.join(root, 'layouts')),
  }
}

/** A key (`a.b.c`) in one locale's strings. */
export function stringAt(strings, code, key) {
  let node = strings[code]
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined
    node = node[part]
  }
  return node ?? undefined
}
