import type { ReactNode } from 'react'
import './api-reference.css'

/**
 * The parts of an API reference section (written by lib/openapi from a spec, and usable by hand):
 * server components only; nested properties open with `<details>`, so they work without JavaScript.
 */

/** An operation's method and path: `<Endpoint method="get">`/pets/{id}`</Endpoint>`. */
export function Endpoint({ method, operation, deprecated, children }: { method: string; operation?: string; deprecated?: boolean; children: ReactNode }) {
  const verb = String(method).toUpperCase()
  return (
    <div className="endpoint">
      <span className={`http-method http-method-${verb.toLowerCase()}`}>{verb}</span>
      <span className="endpoint-path">{children}</span>
      {deprecated && <span className="api-badge api-deprecated">Deprecated</span>}
      {operation && <span className="endpoint-operation" title="operationId">{operation}</span>}
    </div>
  )
}

/** A titled part of a section (parameters, request body, responses): a heading below the operation's. */
export function ApiSection({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="api-section">
      <h3>{heading}</h3>
      {children}
    </section>
  )
}

/** A list of fields; with a title it is closed until opened (nested properties, alternatives). */
export function Fields({ title, children }: { title?: string; children: ReactNode }) {
  if (!title) return <div className="fields">{children}</div>
  return (
    <details className="fields-nested">
      <summary>{title}</summary>
      <div className="fields">{children}</div>
    </details>
  )
}

/** One parameter, property or response status: name, type, whether required, then its description. */
export function Field(props: { name: string; type?: string; required?: boolean; deprecated?: boolean; access?: string; children?: ReactNode }) {
  return (
    <div className="field">
      <p className="field-head">
        <code className="field-name">{props.name}</code>
        {props.type && <span className="field-type">{props.type}</span>}
        {props.required && <span className="api-badge field-required">required</span>}
        {props.access && <span className="api-badge">{props.access}</span>}
        {props.deprecated && <span className="api-badge api-deprecated">deprecated</span>}
      </p>
      {props.children && <div className="field-body">{props.children}</div>}
    </div>
  )
}
