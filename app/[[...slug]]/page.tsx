import { AnchorRedirect } from '@/components/anchor-redirect'
import { DocPage, docMetadata } from '@/components/doc-page'
import { GroupPage, groupMetadata } from '@/components/group-page'
import { builtSite } from '@/lib/content/built-site.mjs'

export const dynamicParams = false

type Params = { slug?: string[] }
type Props = { params: Promise<Params> }

/** What an address shows: the home page at /, a page at /<slug>/, a group's page at /category/<id>/. */
function route({ slug = [] }: Params): { page: string } | { group: string } {
  const site = builtSite()
  if (slug.length === 2 && slug[0] === 'category') return { group: slug[1] }
  return { page: slug.length === 0 ? site.home : slug[0] }
}

export function generateStaticParams(): Params[] {
  const site = builtSite()
  return [
    ...site.order.map((slug) => ({ slug: slug === site.home ? [] : [slug] })),
    ...Object.keys(site.groups).map((id) => ({ slug: ['category', id] })),
  ]
}

export async function generateMetadata({ params }: Props) {
  const at = route(await params)
  return 'page' in at ? docMetadata(at.page) : groupMetadata(at.group)
}

export default async function Page({ params }: Props) {
  const at = route(await params)
  if ('group' in at) return <GroupPage id={at.group} />
  return (
    <>
      <DocPage slug={at.page} />
      {at.page === builtSite().home && <AnchorRedirect />}
    </>
  )
}
