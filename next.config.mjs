import os from 'node:os'

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // Where the site is published (site.json "basePath" or BASE_PATH, checked by the build): Next's own
  // assets are under it; every address the portal builds carries it too (lib/addresses/page-address.mjs).
  basePath: process.env.PORTAL_BASE_PATH || '',
  trailingSlash: true,
  // The build script points this at a fresh folder and swaps it into out/ only when it is whole.
  distDir: process.env.PORTAL_DIST_DIR || 'out',
  images: { unoptimized: true },
  poweredByHeader: false,
  // Types are checked by `npm test` (npm run typecheck), not again by every build of the content.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Pages are rendered on every core (Next's default leaves one idle).
    cpus: Math.max(1, os.availableParallelism()),
    // Turbopack compiles only the portal's own code (pages are compiled when the site is read), in
    // seconds; writing its cache to disk took longer than that.
    turbopackFileSystemCacheForBuild: false,
    // One 404 page for the site: the root layout is in the catch-all segment (it knows the content tree).
    globalNotFound: true,
    // Next measures each page's RSC segments (gzipping them) to decide which its client router
    // should prefetch together; the portal has no client router (lib/cli/static-pages.mjs).
    prefetchInlining: false,
  },
  turbopack: { root: process.cwd() },
}

export default nextConfig
