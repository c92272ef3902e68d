import os from 'node:os'

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  // The build script points this at a fresh folder and swaps it into out/ only when it is whole.
  distDir: process.env.PORTAL_DIST_DIR || 'out',
  images: { unoptimized: true },
  poweredByHeader: false,
  // Pages are rendered on every core (Next's default leaves one idle).
  experimental: { cpus: Math.max(1, os.availableParallelism()) },
  turbopack: { root: process.cwd() },
}

export default nextConfig
