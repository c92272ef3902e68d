import type { ComponentProps } from 'react'
import { say } from './site'

type Level = 1 | 2 | 3 | 4 | 5 | 6

/** A heading with its link-to-section mark, shown on hover and focus. */
export function heading(level: Level) {
  const Tag = `h${level}` as const
  return function Heading({ id, children, ...props }: ComponentProps<'h1'>) {
    return (
      <Tag id={id} {...props}>
        {children}
        {id && (
          <a className="heading-anchor" href={`#${id}`} aria-label={say('linkToSection')}>
            #
          </a>
        )}
      </Tag>
    )
  }
}
