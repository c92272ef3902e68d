import path from 'node:path'
import createMDX from '@next/mdx'
import { pluginSpecs } from './lib/mdx/plugins.mjs'
import { contentDir, readSettings } from './lib/content/site-settings.mjs'

const content = contentDir()
const withMDX = createMDX({ options: pluginSpecs(readSettings(content)) })

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  pageExtensions: ['ts', 'tsx', 'mdx'],
  // The build script points this at a fresh folder and swaps it into out/ only when it is whole.
  distDir: process.env.PORTAL_DIST_DIR || 'out',
  images: { unoptimized: true },
  poweredByHeader: false,
  turbopack: {
    // lib/content/content-folder.mjs keeps the content inside the project, where Turbopack resolves imports.
    root: process.cwd(),
    // tsconfig's `@content/*` path would win over a plain `@content` alias: name the pattern itself.
    resolveAlias: { '@content/*': `./${path.relative(process.cwd(), content)}/*` },
  },
}

export default withMDX(nextConfig)
