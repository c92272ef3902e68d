/**
 * The words of the seed (the committed copy of EVNEX's Slate source), as a reader reads them:
 * what every rendering of the content (content/, /llms-full.txt) must keep.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const seedFile = path.join(here, '../../slate-import/test/fixtures/seed/input/index.html.md')

/** @returns {Set<string>} */
export function seedWords() {
  const body = fs.readFileSync(seedFile, 'utf8').split(/^---$/m).slice(2).join('---')
  // What Slate's markup says, not what readers read: tags, fence languages, table rules.
  const prose = body
    .replace(/<[^>]+>/g, ' ')
    .replace(/^```\w*$/gm, ' ')
    .replace(/^[-| ]+$/gm, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
  return new Set(prose.match(/[\p{L}\p{N}’'_+-]+/gu))
}
