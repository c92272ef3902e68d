/**
 * The request sample of an operation in each of the site's languages: a HAR request made from the
 * operation (first server, path and required or exemplified parameters, the example body, the
 * credentials its security asks for as placeholders) turned into code by @readme/httpsnippet
 * (ReadMe's maintained fork of Kong's httpsnippet). An `x-codeSamples` (or `x-code-samples`)
 * entry replaces the generated sample of its language; entries in other languages are added.
 */
import { HTTPSnippet } from '@readme/httpsnippet'
import { mediaExamples, parameterValue } from './examples.mjs'

// Site language keys (and the names x-codeSamples use) → httpsnippet target and client.
const TARGETS = {
  shell: ['shell', 'curl'], bash: ['shell', 'curl'], sh: ['shell', 'curl'], curl: ['shell', 'curl'],
  javascript: ['javascript', 'fetch'], js: ['javascript', 'fetch'], node: ['node', 'fetch'], nodejs: ['node', 'fetch'],
  python: ['python', 'requests'], ruby: ['ruby', 'native'], php: ['php', 'curl'], go: ['go', 'native'],
  java: ['java', 'okhttp'], kotlin: ['kotlin', 'okhttp'], csharp: ['csharp', 'httpclient'], swift: ['swift', 'urlsession'],
  objective_c: ['objc', 'nsurlsession'], powershell: ['powershell', 'webrequest'], http: ['http', 'http1.1'], c: ['c', 'libcurl'], r: ['r', 'httr'],
}
const ALIASES = { curl: 'shell', bash: 'shell', sh: 'shell', console: 'shell', js: 'javascript', node: 'javascript', nodejs: 'javascript', 'node.js': 'javascript', py: 'python', python3: 'python', rb: 'ruby', golang: 'go', 'c#': 'csharp', cs: 'csharp', 'objective-c': 'objective_c', objc: 'objective_c' }

/** The site language an x-codeSamples `lang` means (`cURL` → shell, `Node.js` → javascript when the site has no node). */
export function languageKey(lang, siteKeys) {
  const plain = String(lang ?? '').trim().toLowerCase()
  if (siteKeys.includes(plain)) return plain
  const alias = ALIASES[plain]
  if (alias && siteKeys.includes(alias)) return alias
  return plain.replace(/[^a-z0-9_#+-]+/g, '-').replace(/^-|-$/g, '') || 'text'
}

/** Whether the generator can write a sample in this site language. */
export const canGenerate = (key) => key in TARGETS

function credentials(operation, schemes) {
  const headers = []
  const query = []
  const cookies = []
  const requirement = (Array.isArray(operation.security) ? operation.security : []).find((r) => r && typeof r === 'object')
  for (const name of Object.keys(requirement ?? {})) {
    const scheme = schemes[name]
    if (!scheme) continue
    const placeholder = `YOUR_${name.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`
    if (scheme.type === 'apiKey') {
      if (scheme.in === 'query') query.push({ name: scheme.name, value: placeholder })
      else if (scheme.in === 'cookie') cookies.push({ name: scheme.name, value: placeholder })
      else headers.push({ name: scheme.name, value: placeholder })
    } else if (scheme.type === 'http' && /^basic$/i.test(scheme.scheme) || scheme.type === 'basic') headers.push({ name: 'Authorization', value: 'Basic BASE64_USER_COLON_PASSWORD' })
    else headers.push({ name: 'Authorization', value: `Bearer ${placeholder}` })
  }
  return { headers, query, cookies }
}

/** The HAR request httpsnippet reads. */
export function harRequest(operation, schemes, server) {
  const placeholders = new Map()
  const route = operation.path.replace(/\{([^}]+)\}/g, (whole, name) => {
    const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === name)
    const value = parameter && parameterValue(parameter)
    if (value !== undefined) return encodeURIComponent(value)
    placeholders.set(`%7B${encodeURIComponent(name)}%7D`, whole)
    return whole
  })
  const auth = credentials(operation, schemes)
  const pick = (where) => operation.parameters.filter((p) => p.in === where && (p.required || p.example !== undefined || p.schema?.example !== undefined))
    .map((p) => ({ name: String(p.name), value: parameterValue(p) ?? '' }))
  const headers = [...auth.headers, ...pick('header')]
  let postData
  const media = operation.requestBody?.content?.[0]
  if (media) {
    const [example] = mediaExamples(media, 'request')
    const value = example?.value
    headers.push({ name: 'Content-Type', value: media.type })
    if (/form-urlencoded|multipart/.test(media.type) && value && typeof value === 'object') {
      postData = { mimeType: media.type, params: Object.entries(value).map(([name, v]) => ({ name, value: typeof v === 'string' ? v : JSON.stringify(v) })) }
    } else if (value !== undefined) {
      postData = { mimeType: media.type, text: typeof value === 'string' && !/json/.test(media.type) ? value : JSON.stringify(value) }
    }
  }
  let base = server || 'https://api.example.com'
  if (!/^[a-z]+:\/\//i.test(base)) base = `https://api.example.com${base.startsWith('/') ? '' : '/'}${base}`
  return {
    har: {
      method: operation.method.toUpperCase(),
      url: `${base.replace(/\/$/, '')}${route}`,
      httpVersion: 'HTTP/1.1',
      headers,
      queryString: [...auth.query, ...pick('query')],
      cookies: [...auth.cookies, ...pick('cookie')],
      headersSize: -1,
      bodySize: -1,
      ...(postData ? { postData } : {}),
    },
    placeholders,
  }
}

/**
 * @param {any} operation  from operations.mjs
 * @param {{ keys: string[], schemes: Record<string, any>, server: string, warn: (message: string) => void }} options
 * @returns {{ lang: string, code: string, label?: string }[]} in the site's order, then the spec's own others
 */
export function requestSamples(operation, { keys, schemes, server, warn }) {
  const own = new Map()
  for (const entry of operation.codeSamples) {
    if (!entry || typeof entry.source !== 'string') continue
    const key = languageKey(entry.lang ?? entry.label, keys)
    if (!own.has(key)) own.set(key, { lang: key, code: entry.source.replace(/\n+$/, ''), label: entry.label ?? entry.lang })
  }
  let snippet
  let placeholders = new Map()
  const samples = []
  for (const key of keys) {
    if (own.has(key)) {
      samples.push(own.get(key))
      continue
    }
    if (!canGenerate(key)) continue
    try {
      if (!snippet) {
        const made = harRequest(operation, schemes, server)
        placeholders = made.placeholders
        snippet = new HTTPSnippet(made.har)
      }
      const [target, client] = TARGETS[key]
      const out = snippet.convert(target, client, { indent: '  ' })
      let code = String(Array.isArray(out) ? out[0] : out).replace(/\n+$/, '')
      for (const [encoded, written] of placeholders) code = code.split(encoded).join(written)
      samples.push({ lang: key, code })
    } catch (error) {
      warn(`no ${key} sample for ${operation.method.toUpperCase()} ${operation.path}: ${error?.message ?? error} — add an x-codeSamples entry for it`)
    }
  }
  for (const [key, sample] of own) if (!keys.includes(key)) samples.push(sample)
  return samples
}
