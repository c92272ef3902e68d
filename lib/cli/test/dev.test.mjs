// `npm run dev` as an author uses it: a copy of a small content folder (never content/), in git
// so "Last updated" has a date, served on DEV_TEST_PORT (else a free port) and driven from Chromium.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

const here = path.dirname(fileURLToPath(import.meta.url))
const project = path.resolve(here, '..', '..', '..')
const content = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-dev-'))
const guide = path.join(content, 'guide.mdx')
let port
let dev
let output = ''
let browser

async function freePort() {
  const probe = net.createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => probe.once('listening', resolve))
  const { port: free } = probe.address()
  await new Promise((resolve) => probe.close(resolve))
  return free
}

/** Polls `check` until it returns something truthy; fails after `ms` naming what it waited for. */
async function waitFor(what, check, ms = 90_000) {
  const end = Date.now() + ms
  for (;;) {
    const value = await check().catch(() => undefined)
    if (value) return value
    if (Date.now() > end) assert.fail(`waited ${ms / 1000} s for ${what}; dev printed:\n${output.slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

const html = async (url) => {
  const response = await fetch(`http://localhost:${port}${url}`)
  return response.ok ? response.text() : undefined
}
const printedSince = (mark, pattern) => () => Promise.resolve(pattern.exec(output.slice(mark)))

before(async () => {
  fs.cpSync(path.join(here, 'fixtures', 'dev-site'), content, { recursive: true })
  const date = '2025-03-04T09:30:00+13:00'
  const git = (...args) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.test', ...args], {
    cwd: content, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  })
  git('init', '-q')
  git('add', '.')
  git('commit', '-q', '-m', 'fixture')
  port = Number(process.env.DEV_TEST_PORT) || (await freePort())
  // Its own process group, so the test can stop npm, dev.mjs and next dev together.
  dev = spawn('npm', ['run', '--silent', 'dev'], { cwd: project, detached: true, env: { ...process.env, CONTENT_DIR: content, PORT: String(port) } })
  for (const stream of [dev.stdout, dev.stderr]) stream.on('data', (chunk) => (output += chunk))
  const executablePath = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()].find((p) => p && fs.existsSync(p))
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
  // next dev compiles the first page on demand: on a loaded 2-core machine that took up to 90 s.
  await waitFor('the first page', () => html('/guide/'), 240_000)
})

after(async () => {
  await browser?.close()
  if (dev?.exitCode === null) {
    const exited = new Promise((resolve) => dev.once('exit', resolve))
    process.kill(-dev.pid, 'SIGTERM')
    await exited
  }
  fs.rmSync(content, { recursive: true, force: true })
})

test('npm run dev serves a page of the content folder', async () => {
  const page = await browser.newPage()
  await page.goto(`http://localhost:${port}/guide/`)
  assert.equal(await page.title(), 'Guide – Dev Docs')
  assert.match(await page.locator('h1').innerText(), /^Guide\b/)
  assert.match(await page.locator('main').innerText(), /A shared note, written once\./)
  await page.close()
})

test('an edit to a page shows up in the open page without a reload or a restart', async () => {
  const page = await browser.newPage()
  await page.goto(`http://localhost:${port}/guide/`)
  await page.locator('h2', { hasText: 'First Steps' }).waitFor()
  await page.evaluate(() => (window.notReloaded = true))
  fs.writeFileSync(guide, fs.readFileSync(guide, 'utf8').replace('## First Steps', '## Early Steps'))
  await page.locator('h2', { hasText: 'Early Steps' }).waitFor({ timeout: 90_000 })
  assert.equal(await page.evaluate(() => window.notReloaded), true)
  // The sidebar comes from the site as loaded, not from the page module: it follows too.
  await page.locator('.sidebar a[href$="#early-steps"]').waitFor({ timeout: 30_000 })
  assert.equal(dev.exitCode, null)
  await page.close()
})

test('an edit to an OpenAPI spec makes its reference page again; the page edits the spec', async () => {
  assert.match((await html('/api-operations/')) ?? '', /Count wombats/)
  const spec = path.join(content, 'api.yaml')
  fs.writeFileSync(spec, fs.readFileSync(spec, 'utf8').replace('summary: Count wombats', 'summary: Count every wombat'))
  await waitFor('the new summary', async () => (await html('/api-operations/'))?.includes('Count every wombat'))
  assert.match((await html('/api-operations/')) ?? '', /href="https:\/\/git\.example\.test\/docs\/edit\/main\/api\.yaml"/)
})

test('an edit to an included file shows up in the pages that include it', async () => {
  fs.writeFileSync(path.join(content, 'partials', 'note.mdx'), 'A shared note, written twice.\n')
  await waitFor('the included text', async () => (await html('/guide/'))?.includes('written twice'))
})

test('a broken edit prints its file:line message, and the page keeps its last good version', async () => {
  const good = fs.readFileSync(guide, 'utf8')
  const mark = output.length
  fs.writeFileSync(guide, `${good}\n<Aside type="notice">\nNever closed.\n`)
  const [line] = await waitFor('the content error', printedSince(mark, /guide\.mdx:(\d+):1 Expected a closing tag for `<Aside>` .* — .+/))
  assert.match(line, new RegExp(`guide\\.mdx:${good.split('\n').length + 1}:1 `))
  const page = await html('/guide/')
  assert.match(page ?? '', /Early Steps/)
  assert.doesNotMatch(page ?? '', /Never closed/)
  const fixed = output.length
  fs.writeFileSync(guide, good)
  // The preview never had the broken version, so it is already up to date.
  await waitFor('the fix to be checked', printedSince(fixed, /content checked: no problems/))
})

test('search in dev finds a heading written after the preview started', async () => {
  const mark = output.length
  fs.appendFileSync(guide, '\n## Wombat Corner\n\nA section added while the preview ran.\n')
  await waitFor('the new section to be taken', printedSince(mark, /preview updated: guide\.mdx[\s\S]*search updated/))
  const page = await browser.newPage()
  await page.goto(`http://localhost:${port}/`)
  const box = page.getByRole('dialog', { name: 'Search' }).getByRole('combobox', { name: 'Search' })
  // The button opens the dialog once the page has hydrated: click until the box has the focus.
  const end = Date.now() + 60_000
  while (!(await box.isVisible()) && Date.now() < end) {
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await box.waitFor({ timeout: 1000 }).catch(() => {})
  }
  await box.fill('wombat')
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()
  await first.waitFor({ timeout: 30_000 })
  assert.match(await first.innerText(), /Wombat Corner/)
  await page.close()
})

test('the page as Markdown (what Copy page copies) is served in dev and follows edits', async () => {
  const response = await fetch(`http://localhost:${port}/guide.md`)
  assert.equal(response.headers.get('content-type'), 'text/markdown; charset=utf-8')
  assert.match(await response.text(), /^## Wombat Corner$/m)
})

test('with editUrl, the page links "Edit this page" to its file and shows its last commit date', async () => {
  const page = await browser.newPage()
  await page.goto(`http://localhost:${port}/guide/`)
  const edit = page.getByRole('link', { name: 'Edit this page' })
  assert.equal(await edit.getAttribute('href'), 'https://git.example.test/docs/edit/main/guide.mdx')
  assert.equal(await page.getByText(/^Last updated/).innerText(), 'Last updated 4 March 2025')
  await page.close()
})
