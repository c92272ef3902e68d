import os from 'node:os'

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  // The build script points this at a fresh folder and swaps it into out/ only when it is whole.
  distDir: process.env.PORTAL_DIST_DIR || 'out',
  images: { unoptimized: true },
  poweredByHeader: false,
  experimental: {
    // Pages are rendered on every core (Next's default leaves one idle).
    cpus: Math.max(1, os.availableParallelism()),
    // Turbopack compiles only the portal's own code (pages are compiled when the site is read), in
    // seconds; writing its cache to disk took longer than that.
    turbopackFileSystemCacheForBuild: false,
  },
  turbopack: { root: process.cwd() },
}

export default nextConfig
