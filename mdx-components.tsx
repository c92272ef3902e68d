/**
 * MDX's conventional place for the components a page's MDX is rendered with. The list itself is
 * in components/content-components.tsx, beside the components, where the renderer reads it.
 */
export { useMDXComponents } from '@/components/content-components'
