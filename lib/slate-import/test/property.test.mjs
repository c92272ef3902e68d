/**
 * The importer's invariant as a property: for random Slate sources built from the dialect's hard
 * parts (see random-slate.mjs), the import never throws and what it writes passes the content
 * checks with no error. (The fixtures each hold it in real-sites.test.mjs; the ten corpus sets in
 * `npm run conformance`.)
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { importSlate } from '../import-site.mjs'
import { writeAtomically } from '../writer.mjs'
import { checkContent } from '../../content/check-content.mjs'
import { random, randomPage } from './random-slate.mjs'

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8]

for (const seed of SEEDS) {
  test(`random Slate site ${seed}: imported content passes the content checks`, async (t) => {
    const rand = random(seed)
    const source = fs.mkdtempSync(path.join(os.tmpdir(), `random-slate-${seed}-`))
    const out = fs.mkdtempSync(path.join(os.tmpdir(), `random-import-${seed}-`))
    t.after(() => [source, out].forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))
    fs.mkdirSync(path.join(source, 'includes'))
    fs.writeFileSync(path.join(source, 'index.html.md'), `---\ntitle: Random\nlanguage_tabs:\n  - shell\nincludes:\n  - more\n---\n\n# Intro\n\n${randomPage(rand, 12)}\n\n# Second\n\n${randomPage(rand, 8)}\n`)
    fs.writeFileSync(path.join(source, 'includes', '_more.md'), `# More\n\n${randomPage(rand, 10)}\n`)
    const result = importSlate([path.join(source, 'index.html.md')])
    writeAtomically(out, result.files, { force: true })
    const { errors } = await checkContent({ dir: out })
    assert.deepEqual(errors, [], `seed ${seed}`)
  })
}
