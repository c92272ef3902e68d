import { AnchorRedirect } from '@/components/anchor-redirect'
import { DocPage, docMetadata } from '@/components/doc-page'

export const generateMetadata = () => docMetadata('index')

export default function Home() {
  return (
    <>
      <DocPage slug="index" />
      <AnchorRedirect />
    </>
  )
}
