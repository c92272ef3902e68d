import type { ReactNode } from 'react'
import { Island } from './island'
import { labelFor } from './site'

/** A group of code samples, one per language (made by lib/mdx/remark-sample-groups.mjs). */
export function SampleGroup({ id, languages, children }: { id: string; languages: string; children: ReactNode }) {
  const langs = languages.split(' ').map((key) => ({ key, label: labelFor(key) }))
  return (
    <div className="sample-group" id={id}>
      <Island name="sample-tabs" props={{ groupId: id, languages: langs }} />
      {children}
    </div>
  )
}

/** One language's sample; its label shows only when there are no tabs (JavaScript off, print). */
export function Sample({ id, lang, children }: { id: string; lang: string; children: ReactNode }) {
  return (
    <div className="sample" role="tabpanel" id={id} data-lang={lang} aria-labelledby={`${id}-tab`}>
      <p className="sample-label">{labelFor(lang)}</p>
      {children}
    </div>
  )
}
