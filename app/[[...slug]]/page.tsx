import { AnchorRedirect } from '@/components/anchor-redirect'
import { DocPage, docMetadata } from '@/components/doc-page'
import { GroupPage, groupMetadata } from '@/components/group-page'
import { currentSite, renderTree } from '@/components/site'
import { builtSite, renderedTrees, treeAt } from '@/lib/content/built-site.mjs'

export const dynamicParams = false

type Params = { slug?: string[] }
type Props = { params: Promise<Params> }

/**
 * What an address shows. Its first segments pick the content tree (an older version is under
 * `/<name>/`, the current content at the root); within the tree, `/` is the home page, `/<slug>/`
 * a page, `/category/<group-id>/` a group's page.
 */
function route({ slug = [] }: Params): { page: string } | { group: string } {
  const { tree, rest } = treeAt(slug)
  renderTree(tree)
  if (rest.length === 2 && rest[0] === 'category') return { group: rest[1] }
  return { page: rest.length === 0 ? currentSite().home : rest[0] }
}

export function generateStaticParams(): Params[] {
  return renderedTrees().flatMap(({ name, segments }) => {
    const site = builtSite(name)
    return [
      ...site.order.map((slug) => ({ slug: [...segments, ...(slug === site.home ? [] : [slug])] })),
      ...Object.keys(site.groups).map((id) => ({ slug: [...segments, 'category', id] })),
    ]
  })
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
      {at.page === currentSite().home && <AnchorRedirect />}
    </>
  )
}
