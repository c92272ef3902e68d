import fs from 'node:fs'
import path from 'node:path'

/** The feature site is served under a base path (its site.json): every address in its tests is under it. */
export const basePath: string = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'feature-site', 'site.json'), 'utf8')).basePath
export const at = (address: string) => `${basePath}${address}`
