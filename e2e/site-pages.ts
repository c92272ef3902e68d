/**
 * The pages the site is built from, read with the same content loader the build uses, so the
 * page-level specs walk every page there is (and everything it must show) without a list to keep.
 */
import { visit } from 'unist-util-visit'
import { loadSite, pageHref } from '../lib/content/load-site.mjs'
import { languageLabel } from '../lib/languages/site-languages.mjs'

type Heading = { depth: number; text: string; id: string }
/** What the source of a page holds, counted after every remark plugin has run. */
export type Expected = { samples: { id: string; label: string }[]; codeBlocks: number; tables: number; asides: number; pending: number; images: number }
export type SitePage = { slug: string; href: string; title: string; headings: Heading[]; expected: Expected }

const site = await loadSite()
const attribute = (node: any, name: string) => node.attributes?.find((a: any) => a.name === name)?.value

function expectedOf(tree: any): Expected {
  const found: Expected = { samples: [], codeBlocks: 0, tables: 0, asides: 0, pending: 0, images: 0 }
  visit(tree, (node: any) => {
    if (node.type === 'code') found.codeBlocks += 1
    if (node.type === 'table') found.tables += 1
    if (node.type === 'image') found.images += 1
    if (node.name === 'Aside') found.asides += 1
    if (node.name === 'Pending') found.pending += 1
    if (node.name === 'Sample') found.samples.push({ id: attribute(node, 'id'), label: languageLabel(attribute(node, 'lang'), site.settings) })
  })
  return found
}

export const settings = site.settings
export const pages: SitePage[] = site.pages.map(({ slug, title, headings, tree }) => ({ slug, href: pageHref(slug), title, headings, expected: expectedOf(tree) }))
