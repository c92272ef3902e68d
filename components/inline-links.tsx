import { Fragment } from 'react'
import { DocLink } from './doc-link'

/** Renders settings text such as `Need help? [support@evnex.com](mailto:support@evnex.com)`. */
export function InlineLinks({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]+\]\([^)\s]+\))/)
  return parts.map((part, i) => {
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part)
    return link ? <DocLink key={i} href={link[2]}>{link[1]}</DocLink> : <Fragment key={i}>{part}</Fragment>
  })
}
