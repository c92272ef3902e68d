/**
 * What a static host needs beside the pages, written by the build into the export: `.nojekyll`
 * (GitHub Pages would otherwise run Jekyll, which drops `_next/` and `_portal/`, folders starting
 * with `_`), `_headers` for Netlify and Cloudflare Pages and `_nginx.conf` for nginx: the headers of
 * lib/cli/serve.json, so the security headers hold there too, under the base path, with the
 * policy's hashes of this build.
 */
import fs from 'node:fs'
import path from 'node:path'
import { basePolicy, policyWith, SERVE_CONFIG } from './security-policy.mjs'
import { globPattern } from './glob-pattern.mjs'

export const BUILD_RECORD = '.portal-build.json'

/** `{a,b}` in a glob as the globs it stands for. */
const expand = (glob) => {
  const braces = /\{([^{}]*)\}/.exec(glob)
  return braces ? braces[1].split(',').flatMap((part) => expand(glob.replace(braces[0], part))) : [glob]
}

/**
 * serve.json's globs as `_headers` paths under the base path. Those hosts take one `*` per path (it
 * matches across `/`): `**` and a leading `**\/` become it, a trailing `/**` too; a glob that would
 * still need two is left out (written as a comment), so no rule matches more than it should.
 * @returns {{ path: string | null, glob: string }[]}
 */
export function headerPaths(source, basePath) {
  return expand(source).map((glob) => {
    let pattern = glob === '**' ? '*' : glob.replace(/\/\*\*$/, '/*')
    if (pattern.startsWith('**/')) pattern = pattern.slice(3).includes('*') ? pattern.slice(3) : `*${pattern.slice(3)}`
    const stars = pattern.split('*').length - 1
    return { path: stars <= 1 ? `${basePath}/${pattern}` : null, glob }
  })
}

/** The `_headers` file: serve.json's rules with this build's policy. */
export function headersFile(config, { basePath, hashes }) {
  const lines = ['# Written by npm run build from lib/cli/serve.json: the headers npm start sends, for Netlify and Cloudflare Pages.']
  for (const rule of config.headers) {
    for (const { path: at, glob } of headerPaths(rule.source, basePath)) {
      if (!at) {
        lines.push(`# ${glob}: two wildcards, which these hosts do not take; left to the host's defaults`)
        continue
      }
      lines.push(at, ...rule.headers.map(({ key, value }) => `  ${key}: ${key === 'Content-Security-Policy' ? policyWith(hashes, {}, basePolicy(config)) : value}`))
    }
  }
  return `${lines.join('\n')}\n`
}

/**
 * The nginx include: serve.json's headers for the location that serves the site, each other rule a
 * regex location under the base path. nginx drops the headers of an enclosing block in a block that
 * adds its own, so each of those repeats the site-wide ones; a Content-Type rule sets the type.
 */
export function nginxFile(config, { basePath, hashes }) {
  const policy = policyWith(hashes, {}, basePolicy(config))
  const line = ({ key, value }) => `add_header ${key} "${key === 'Content-Security-Policy' ? policy : value}" always;`
  const everywhere = config.headers.filter((rule) => rule.source === '**').flatMap((rule) => rule.headers)
  const lines = ['# Written by npm run build from lib/cli/serve.json: the headers npm start sends, for nginx.', '# Include it in the location that serves the site (README, "Publishing").', ...everywhere.map(line)]
  for (const rule of config.headers.filter((r) => r.source !== '**')) {
    const type = rule.headers.find((header) => header.key === 'Content-Type')
    const pattern = globPattern(rule.source).source.replace(/^\^/, `^${basePath}/`)
    lines.push(`location ~ ${pattern} {`, ...(type ? [`  types { } default_type "${type.value}";`] : []), ...[...everywhere, ...rule.headers.filter((h) => h !== type)].map((header) => `  ${line(header)}`), '}')
  }
  return `${lines.join('\n')}\n`
}

/** Writes `.nojekyll`, `_headers` and `_nginx.conf` into the export. */
export function writeHostFiles(outDir, { basePath, hashes }) {
  const config = JSON.parse(fs.readFileSync(SERVE_CONFIG, 'utf8'))
  fs.writeFileSync(path.join(outDir, '.nojekyll'), '')
  fs.writeFileSync(path.join(outDir, '_headers'), headersFile(config, { basePath, hashes }))
  fs.writeFileSync(path.join(outDir, '_nginx.conf'), nginxFile(config, { basePath, hashes }))
}
