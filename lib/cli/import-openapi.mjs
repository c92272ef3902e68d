#!/usr/bin/env node
/**
 * `npm run import:openapi -- <spec file> --out <dir> [--force] [--slug reference]`: a new content
 * folder for an OpenAPI or Swagger document (build it with `CONTENT_DIR=<dir> npm run build`). The
 * folder holds the spec, not pages made from it: the reference is made from the spec at every build.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { importOpenApi } from '../openapi/import-folder.mjs'
import { OutError, writeAtomically } from '../slate-import/writer.mjs'

const usage = 'usage: npm run import:openapi -- <openapi.yaml|swagger.json> --out <dir> [--force] [--slug reference]'
let args
try {
  args = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, slug: { type: 'string', default: 'reference' } } })
} catch (error) {
  console.error(`${error.message}\n${usage}`)
  process.exit(2)
}
const { values, positionals } = args
if (!values.out || positionals.length !== 1) {
  console.error(usage)
  process.exit(2)
}
if (!fs.existsSync(positionals[0])) {
  console.error(`not found: ${positionals[0]}\n${usage}`)
  process.exit(2)
}
if (!/^[a-z0-9][a-z0-9-]*$/.test(values.slug)) {
  console.error(`--slug ${values.slug}: lower-case letters, digits and dashes only\n${usage}`)
  process.exit(2)
}
try {
  const result = await importOpenApi(positionals[0], { slug: values.slug })
  writeAtomically(values.out, result.files, { force: values.force })
  console.log(`Imported ${result.title} into ${values.out}: the spec (${result.specFiles} file${result.specFiles === 1 ? '' : 's'}), site.json and a home page.`)
  console.log(`Build it with: CONTENT_DIR=${values.out} npm run build`)
} catch (error) {
  if (error instanceof OutError) console.error(error.message)
  else if (Array.isArray(error?.problems)) for (const line of error.problems) console.error(line)
  else throw error
  process.exit(1)
}
