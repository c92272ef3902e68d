import { anchorMap } from '@/lib/content/anchor-map.mjs'
import { loadSite } from '@/lib/content/load-site.mjs'

// Written once at build time into the export as /anchors.json.
export const dynamic = 'force-static'

export async function GET() {
  return Response.json(anchorMap(await loadSite()))
}
