import type { ComponentProps } from 'react'

/** Links in content: outside links open safely (no opener, no referrer). */
export function DocLink({ href = '', ...props }: ComponentProps<'a'>) {
  if (/^(https?:)?\/\//.test(href)) return <a href={href} rel="noopener noreferrer" {...props} />
  return <a href={href} {...props} />
}
