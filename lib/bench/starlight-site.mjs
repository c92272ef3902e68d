/**
 * The baseline for the large-site bench: the same generated pages as an Astro Starlight project
 * (Starlight is what the issue measured the portal against). Its packages are pinned in
 * lib/bench/starlight/package-lock.json and installed here when the bench runs, never by `npm ci`.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const pinned = path.join(path.dirname(fileURLToPath(import.meta.url)), 'starlight')

/** Installs the pinned Starlight into `dir` (reused when its lockfile has not changed). */
export function installStarlight(dir) {
  const lock = fs.readFileSync(path.join(pinned, 'package-lock.json'), 'utf8')
  const stamp = path.join(dir, 'node_modules', '.portal-lock')
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === lock) return dir
  fs.mkdirSync(dir, { recursive: true })
  for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(pinned, file), path.join(dir, file))
  const run = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`installing Starlight failed: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' / ')}`)
  fs.writeFileSync(stamp, lock)
  return dir
}

/** A portal `pages` entry as a Starlight sidebar item. */
function sidebarItem(entry) {
  if (typeof entry === 'string') return entry === 'index' ? { label: 'Home', link: '/' } : entry
  return { label: entry.title, collapsed: true, items: entry.pages.map(sidebarItem) }
}

/**
 * Writes the portal content folder `content` as a Starlight project into `project` (its
 * `src/` and config only; the installed packages stay). Each page's `# Title` becomes its
 * front-matter title, as Starlight wants; the rest of the Markdown is unchanged.
 */
export function writeStarlightSite(content, project) {
  const settings = JSON.parse(fs.readFileSync(path.join(content, 'site.json'), 'utf8'))
  const docs = path.join(project, 'src', 'content', 'docs')
  fs.rmSync(path.join(project, 'src'), { recursive: true, force: true })
  fs.rmSync(path.join(project, 'dist'), { recursive: true, force: true })
  fs.mkdirSync(docs, { recursive: true })
  for (const file of fs.readdirSync(content).filter((f) => f.endsWith('.mdx'))) {
    const text = fs.readFileSync(path.join(content, file), 'utf8')
    const [first, ...rest] = text.split('\n')
    const title = first.replace(/^#\s+/, '')
    fs.writeFileSync(path.join(docs, file.replace(/\.mdx$/, '.md')), `---\ntitle: ${JSON.stringify(title)}\n---\n${rest.join('\n')}`)
  }
  fs.writeFileSync(path.join(project, 'src', 'content.config.ts'), [
    "import { defineCollection } from 'astro:content'",
    "import { docsLoader } from '@astrojs/starlight/loaders'",
    "import { docsSchema } from '@astrojs/starlight/schema'",
    'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) }',
    '',
  ].join('\n'))
  const config = { title: settings.title, sidebar: settings.pages.map(sidebarItem) }
  fs.writeFileSync(path.join(project, 'astro.config.mjs'), [
    "import { defineConfig, passthroughImageService } from 'astro/config'",
    "import starlight from '@astrojs/starlight'",
    `export default defineConfig({ image: { service: passthroughImageService() }, integrations: [starlight(${JSON.stringify(config)})] })`,
    '',
  ].join('\n'))
  return project
}
