#!/usr/bin/env node
/** `npm run check:content`: prints one line per problem; exits 1 when any is an error. */
import { checkContent } from '../content/check-content.mjs'
import { contentDir } from '../content/site-settings.mjs'

export async function runChecks() {
  try {
    const { errors, warnings } = await checkContent({ dir: contentDir() })
    for (const line of [...errors, ...warnings]) console.error(line)
    if (errors.length) console.error(`${errors.length} content error${errors.length > 1 ? 's' : ''}: fix ${errors.length > 1 ? 'them' : 'it'} and build again.`)
    return errors.length === 0
  } catch (error) {
    // A bug of ours, not the author's: still one line, never a stack trace.
    console.error(`content check failed unexpectedly: ${error?.message ?? error}`)
    return false
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit((await runChecks()) ? 0 : 1)
