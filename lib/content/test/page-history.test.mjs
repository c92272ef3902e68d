import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadSite } from '../load-site.mjs'
import { buildableContent } from '../content-folder.mjs'

const EDIT = 'https://git.example.test/evnex/docs/edit/main'

/** A repository whose content sits in docs/: a first commit of everything, a second of the partial only. */
function repository({ editUrl = EDIT } = {}) {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-history-'))
  const docs = path.join(repo, 'docs')
  fs.mkdirSync(path.join(docs, 'partials'), { recursive: true })
  const settings = { title: 'Docs', pages: ['index', 'wiring guide'], ...(editUrl ? { editUrl } : {}) }
  fs.writeFileSync(path.join(docs, 'site.json'), JSON.stringify(settings))
  fs.writeFileSync(path.join(docs, 'index.mdx'), '# Home\n\nWelcome.\n')
  fs.writeFileSync(path.join(docs, 'wiring guide.mdx'), '# Wiring\n\n<Include src="partials/part.mdx" />\n')
  fs.writeFileSync(path.join(docs, 'partials', 'part.mdx'), 'First words.\n')
  const git = (args, date) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.test', ...args], {
    cwd: repo, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  })
  git(['init', '-q'])
  git(['add', '.'])
  git(['commit', '-q', '-m', 'first'], '2025-01-02T10:00:00+13:00')
  fs.writeFileSync(path.join(docs, 'partials', 'part.mdx'), 'Second words.\n')
  git(['commit', '-q', '-am', 'second'], '2025-03-04T09:30:00+13:00')
  return { repo, docs }
}

const byslug = (site) => Object.fromEntries(site.pages.map((page) => [page.slug, page]))

test('with editUrl, a page links to its file in the repository and dates from its last commit, includes counted', async () => {
  const { repo, docs } = repository()
  const pages = byslug(await loadSite(docs))
  assert.equal(pages.index.editHref, `${EDIT}/docs/index.mdx`)
  assert.equal(pages['wiring guide'].editHref, `${EDIT}/docs/wiring%20guide.mdx`)
  assert.equal(pages.index.updated, '2025-01-02T10:00:00+13:00')
  // Only the partial changed in the second commit, but the reader sees its words on the guide page.
  assert.equal(pages['wiring guide'].updated, '2025-03-04T09:30:00+13:00')
  fs.rmSync(repo, { recursive: true, force: true })
})

test('a copy of the content (an outside CONTENT_DIR built from .out-content/) keeps the source file links and dates', async () => {
  const { repo, docs } = repository()
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-project-'))
  const pages = byslug(await loadSite(buildableContent(project, docs)))
  assert.equal(pages.index.editHref, `${EDIT}/docs/index.mdx`)
  assert.equal(pages['wiring guide'].updated, '2025-03-04T09:30:00+13:00')
  fs.rmSync(repo, { recursive: true, force: true })
  fs.rmSync(project, { recursive: true, force: true })
})

test('without editUrl there is neither an edit link nor a date', async () => {
  const { repo, docs } = repository({ editUrl: '' })
  for (const page of (await loadSite(docs)).pages) assert.deepEqual([page.editHref, page.updated], [null, null])
  fs.rmSync(repo, { recursive: true, force: true })
})

test('outside git there is an edit link (path from the content folder) but no date', async () => {
  const { repo, docs } = repository()
  fs.rmSync(path.join(repo, '.git'), { recursive: true, force: true })
  const pages = byslug(await loadSite(docs))
  assert.equal(pages.index.editHref, `${EDIT}/index.mdx`)
  assert.equal(pages.index.updated, null)
  fs.rmSync(repo, { recursive: true, force: true })
})
