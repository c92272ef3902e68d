import { Fragment } from 'react'
import { servedPath } from '@/lib/addresses/page-address.mjs'
import { DocLink } from './doc-link'

type Paths = Parameters<typeof servedPath>[1]

/**
 * Renders settings text such as `Need help? [support@evnex.com](mailto:support@evnex.com)`; a link
 * to `/a-page/` is to that page of the content tree shown (`paths`: where it is served).
 */
export function InlineLinks({ text, paths }: { text: string; paths?: Paths }) {
  const parts = text.split(/(\[[^\]]+\]\([^)\s]+\))/)
  return parts.map((part, i) => {
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part)
    return link ? <DocLink key={i} href={servedPath(link[2], paths)}>{link[1]}</DocLink> : <Fragment key={i}>{part}</Fragment>
  })
}
