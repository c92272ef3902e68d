import type { ComponentProps } from 'react'
import Link from 'next/link'

/** Links in content: other pages go through the client router, outside links open safely. */
export function DocLink({ href = '', ...props }: ComponentProps<'a'>) {
  if (/^(https?:)?\/\//.test(href)) return <a href={href} rel="noopener noreferrer" {...props} />
  if (href.startsWith('/')) return <Link href={href} {...props} />
  return <a href={href} {...props} />
}
