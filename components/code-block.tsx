import type { ComponentProps, ReactElement } from 'react'
import { isValidElement } from 'react'
import { Island } from './island'
import { labelFor } from './site'

function languageOf(children: unknown) {
  if (!isValidElement(children)) return ''
  const className = String((children as ReactElement<{ className?: string }>).props.className ?? '')
  return /language-([\w+#-]+)/.exec(className)?.[1] ?? ''
}

/** Every code block: the highlighted code (rendered on the server) and its copy button. */
export function CodeBlock(props: ComponentProps<'pre'>) {
  const lang = languageOf(props.children)
  const label = lang ? labelFor(lang) : 'plain'
  return (
    <div className="code-block" data-lang={lang || undefined}>
      <pre {...props} tabIndex={0} />
      <Island name="copy-button" props={{ label }} />
    </div>
  )
}
