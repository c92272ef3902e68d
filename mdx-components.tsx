import type { MDXComponents } from 'mdx/types'
import { ApiSection, Endpoint, Field, Fields } from '@/components/api-reference'
import { Aside } from '@/components/aside'
import { CodeBlock } from '@/components/code-block'
import { DocLink } from '@/components/doc-link'
import { heading } from '@/components/heading'
import { Pending } from '@/components/pending'
import { Sample, SampleGroup } from '@/components/samples'
import { TerminalTable } from '@/components/terminal-table'

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

export function useMDXComponents(): MDXComponents {
  return components
}
