import type { MDXComponents } from 'mdx/types'
import { ApiSection, Endpoint, Field, Fields } from './api-reference'
import { Aside } from './aside'
import { CodeBlock } from './code-block'
import { DocLink } from './doc-link'
import { heading } from './heading'
import { Pending } from './pending'
import { Sample, SampleGroup } from './samples'
import { TerminalTable } from './terminal-table'

/** What authors may write in MDX, and what Markdown renders to. */
const components: MDXComponents = {
  h1: heading(1),
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  h5: heading(5),
  h6: heading(6),
  pre: CodeBlock,
  a: DocLink,
  ApiSection,
  Aside,
  Endpoint,
  Field,
  Fields,
  Pending,
  Sample,
  SampleGroup,
  TerminalTable,
}

export const contentComponents = components

export function useMDXComponents(): MDXComponents {
  return components
}
