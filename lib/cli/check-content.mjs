#!/usr/bin/env node
/** `npm run check:content`: prints one line per problem; exits 1 when any is an error. */
import { checkContent } from '../content/check-content.mjs'
import { contentDir } from '../content/site-settings.mjs'
import { pageCache } from '../content/page-cache.mjs'
import { readTrees } from './read-trees.mjs'

/** Prints the problems of a spec or settings file (`file:line:column` lines), or of anything else as one line. */
export function reportUnreadable(error) {
  if (Array.isArray(error?.problems)) for (const line of error.problems) console.error(line)
  else if (error?.name === 'ContentError') console.error(error.message)
  else console.error(`content check failed unexpectedly: ${error?.message ?? error}`)
}

/**
 * Checks the content the build reads: the author's folder, or the copy that holds the API
 * reference too (`dir`, from contentWithReference). Without `dir` it checks every content tree of
 * the site, as the build reads them (its site.json, the current content and each older version).
 */
export async function runChecks(dir) {
  try {
    const checked = dir
      ? await checkContent({ dir })
      : await readTrees({ root: process.cwd(), content: contentDir(), siteDir: null, out: null, work: '-check', cache: pageCache(null), full: true })
    const errors = checked.errors
    for (const line of [...errors, ...checked.warnings]) console.error(line)
    if (errors.length) console.error(`${errors.length} content error${errors.length > 1 ? 's' : ''}: fix ${errors.length > 1 ? 'them' : 'it'} and build again.`)
    return errors.length === 0
  } catch (error) {
    // A spec or settings file the author must fix, or a bug of ours: lines, never a stack trace.
    reportUnreadable(error)
    return false
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit((await runChecks()) ? 0 : 1)
