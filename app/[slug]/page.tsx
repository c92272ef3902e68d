import { DocPage, docMetadata } from '@/components/doc-page'
import { loadSite } from '@/lib/content/load-site.mjs'

export const dynamicParams = false

export async function generateStaticParams() {
  const { pages } = await loadSite()
  return pages.filter((page) => page.slug !== 'index').map((page) => ({ slug: page.slug }))
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props) {
  return docMetadata((await params).slug)
}

export default async function Page({ params }: Props) {
  return <DocPage slug={(await params).slug} />
}
