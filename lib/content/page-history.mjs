/**
 * Where a page's source file lives and when it last changed, for "Edit this page" and
 * "Last updated". Git is the only source of dates: a file's mtime says when it was checked out or
 * copied, not when its words changed, so outside git there is no date at all.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { contentSource } from './content-folder.mjs'
import { generatedFrom } from './source-place.mjs'

/** git's output, or '' when git is missing, the folder is not in a repository, or git fails. */
function git(cwd, args) {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return ''
  }
}

/**
 * The folder an edit URL's paths start from: the git top-level of the content, else the project
 * when the content is inside it, else the content folder itself.
 */
export function sourceRoot(dir, project = process.cwd()) {
  const top = git(dir, ['rev-parse', '--show-toplevel'])
  if (top) return top
  const inside = path.relative(project, dir)
  return !inside.startsWith('..') && !path.isAbsolute(inside) ? project : dir
}

/**
 * When each file under `dir` was last committed: one `git log` for the whole folder (a call per
 * page cost 30 ms each on a busy machine). Returns a lookup from a file to git's ISO date with the
 * committer's offset, or null for a file git has never committed (or outside git).
 * @returns {(file: string) => string | null}
 */
export function commitDates(dir) {
  const top = git(dir, ['rev-parse', '--show-toplevel'])
  const dates = new Map()
  let date = null
  // Newest first: the first date seen for a path is its last commit.
  for (const line of git(dir, ['-c', 'core.quotePath=false', 'log', '--format=%x00%cI', '--name-only', '--no-renames', '--', '.']).split('\n')) {
    if (line.startsWith('\0')) date = line.slice(1)
    else if (line && !dates.has(line)) dates.set(line, date)
  }
  const real = (p) => (fs.existsSync(p) ? fs.realpathSync(p) : p)
  return (file) => (top ? dates.get(path.relative(top, real(file)).split(path.sep).join('/')) ?? null : null)
}

/** `editUrl` followed by the file's path from `root`, each segment URL-encoded. */
export function editHref(editUrl, root, file) {
  const real = (p) => (fs.existsSync(p) ? fs.realpathSync(p) : p)
  const segments = path.relative(real(root), real(file)).split(path.sep).map(encodeURIComponent)
  return `${editUrl.replace(/\/*$/, '/')}${segments.join('/')}`
}

/**
 * "Edit this page" and "Last updated" for each page, read from the author's files (not a build
 * copy); both null when the settings have no `editUrl`.
 * @returns {(file: string, includes: string[]) => { editHref: string | null, updated: string | null }}
 */
export function pageHistory(dir, settings) {
  if (!settings.editUrl) return () => ({ editHref: null, updated: null })
  const source = contentSource(dir)
  const root = sourceRoot(source)
  const dateOf = commitDates(source)
  // A reference page is made from its spec at every build: editing it means editing the spec.
  const inSource = (file) => path.join(source, generatedFrom(file) ?? path.relative(dir, file))
  // ISO dates with offsets do not sort as text: compare them as instants.
  const newest = (dates) => dates.filter(Boolean).sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null
  return (file, includes) => ({
    editHref: editHref(settings.editUrl, root, inSource(file)),
    updated: newest([file, ...includes].map((f) => dateOf(inSource(f)))),
  })
}
