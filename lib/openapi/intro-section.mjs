/**
 * The first page of a reference: the API's version, its description, its servers, and each way to
 * authenticate (scheme, where the key goes, OAuth 2 flows and scopes) as rows.
 */
import { code, element, heading, joined, paragraph, strong, text } from './mdast.mjs'

/** OAuth 2 and OpenID Connect by their names; anything else as the document says it. */
export const schemeKind = (scheme) => ({ oauth2: 'OAuth 2', openIdConnect: 'OpenID Connect', mutualTLS: 'mutual TLS', basic: 'HTTP basic' })[scheme?.type] ?? String(scheme?.type ?? 'unknown')

export function introBlocks(model, ctx) {
  const out = []
  if (model.version) out.push(paragraph(strong(text('Version:')), text(' '), code(model.version)))
  out.push(...ctx.describe(model.description))
  if (model.servers.length) out.push(heading(2, model.servers.length > 1 ? 'Servers' : 'Server'), paragraph(...joined(model.servers.map((url) => code(url)))))
  const schemes = Object.entries(model.securitySchemes)
  if (schemes.length) {
    out.push(heading(2, 'Authentication'))
    const rows = []
    for (const [name, scheme] of schemes) {
      const kind = scheme?.type === 'http' ? `HTTP ${scheme.scheme ?? ''} authentication` : scheme?.type === 'apiKey' ? `an API key in the ${scheme.in} ${scheme.in === 'header' ? 'field' : 'parameter'} \`${scheme.name}\`` : schemeKind(scheme)
      rows.push(element('Field', { name, type: kind.replace(/`/g, '') }, [
        ...ctx.describe(scheme?.description ?? ''),
        ...Object.entries(scheme?.flows ?? {}).map(([flow, details]) => paragraph(text(`OAuth 2 ${flow} flow`), ...(details?.authorizationUrl ? [text(', authorize at '), code(details.authorizationUrl)] : []), ...(details?.tokenUrl ? [text(', tokens from '), code(details.tokenUrl)] : []), ...(Object.keys(details?.scopes ?? {}).length ? [text('; scopes: '), ...joined(Object.keys(details.scopes).map((s) => code(s)))] : []), text('.'))),
        ...(scheme?.openIdConnectUrl ? [paragraph(text('OpenID Connect discovery: '), code(String(scheme.openIdConnectUrl)))] : []),
      ]))
    }
    out.push(element('Fields', {}, rows))
  }
  return out
}
