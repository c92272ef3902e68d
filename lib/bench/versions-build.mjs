/**
 * Versions do not multiply build cost (lib/cli/reuse-trees.mjs). A generated site of `pages` pages
 * (generated-site.mjs) is built as one version, and as the same current content with four older
 * versions (copies of it, as `npm run version:cut` makes them); each is built once, as a site that
 * was built before, then one page of its current content is changed and it is built again with
 * `npm run build`: wall time and the peak memory of every process of the build, the median of
 * `runs` such rebuilds, the two sites taking turns. The ratios of the second to the first are held
 * to lib/bench/budgets.json ("versions").
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeGeneratedSite } from './generated-site.mjs'
import { measuredRun } from './process-tree.mjs'
import { progress } from './progress.mjs'
import { median, round } from './stats.mjs'

const OLDER = ['4.x', '3.x', '2.x', '1.x']

/** The two sites, in `dir`: one version, and five (the same current content and four older copies). */
function writeSites(dir, pages) {
  const one = writeGeneratedSite(path.join(dir, 'one'), pages)
  const five = writeGeneratedSite(path.join(dir, 'five'), pages)
  const settings = JSON.parse(fs.readFileSync(path.join(five, 'site.json'), 'utf8'))
  for (const name of OLDER) {
    const folder = path.join(five, 'versions', name)
    fs.mkdirSync(folder, { recursive: true })
    for (const file of fs.readdirSync(five)) if (file !== 'versions') fs.cpSync(path.join(five, file), path.join(folder, file), { recursive: true })
  }
  fs.writeFileSync(path.join(five, 'site.json'), JSON.stringify({ ...settings, versionLabel: '5.x', versions: OLDER.map((name) => ({ name, label: name })) }, null, 2))
  return { one, five }
}

/**
 * @param {{ pages?: number, runs?: number, root?: string }} [options]
 * @returns {Promise<{ pages: number, versions: number, runs: number, one: any, five: any, timeRatio: number, peakRatio: number | null } | { skipped: string }>}
 */
export async function measureVersionsBuild({ pages = 100, runs = 3, root = process.cwd() } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-versions-'))
  const sites = writeSites(dir, pages)
  const outs = { one: '.out-bench-versions-one', five: '.out-bench-versions-five' }
  const build = (name) => measuredRun(process.execPath, [path.join(root, 'lib/cli/build.mjs')], { cwd: root, env: { ...process.env, CONTENT_DIR: sites[name], PORTAL_OUT: outs[name] } })
  const measured = { one: [], five: [] }
  try {
    for (const name of ['one', 'five']) {
      progress(`versions: first build of the ${name === 'one' ? 'one-version' : 'five-version'} site (${pages} pages a version)`)
      const first = await build(name)
      if (first.status !== 0) return { skipped: `the ${name}-version site did not build: ${first.output.split('\n').slice(-5).join(' / ')}` }
    }
    for (let run = 0; run < runs; run++) {
      for (const name of ['one', 'five']) {
        // Only the current content changes: one page gains a sentence.
        fs.appendFileSync(path.join(sites[name], 'resource-1.mdx'), `\nChanged for rebuild ${run + 1}.\n`)
        progress(`versions: rebuild ${run + 1}/${runs} of the ${name === 'one' ? 'one-version' : 'five-version'} site`)
        const result = await build(name)
        if (result.status !== 0) return { skipped: `a rebuild of the ${name}-version site failed: ${result.output.split('\n').slice(-5).join(' / ')}` }
        const said = /reused from the last build: (.*)\.$/m.exec(result.output)?.[1] ?? ''
        measured[name].push({ ms: result.ms, peakBytes: result.peakBytes, reused: said })
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
    for (const out of Object.values(outs)) fs.rmSync(path.join(root, out), { recursive: true, force: true })
  }
  const summary = (list) => ({ ms: round(median(list.map((m) => m.ms))), peakMB: list[0].peakBytes === null ? null : Math.round(median(list.map((m) => m.peakBytes)) / 2 ** 20), runs: list.map((m) => round(m.ms)), reused: list.at(-1).reused })
  const one = summary(measured.one)
  const five = summary(measured.five)
  return { pages, versions: OLDER.length + 1, runs, one, five, timeRatio: round(five.ms / one.ms, 2), peakRatio: one.peakMB && five.peakMB ? round(five.peakMB / one.peakMB, 2) : null }
}

/** Its budget rows (lib/bench/budgets.mjs's shape). */
export function versionsBudgetRows(results, budgets) {
  const v = budgets.versions
  if (!v) return []
  const measured = results.versions && !results.versions.skipped ? results.versions : undefined
  const row = (name, actual, limit) => ({ name, actual: actual ?? null, limit: `≤ ${limit}`, ok: actual === undefined || actual === null ? null : actual <= limit })
  return [
    row('rebuild with 4 older versions unchanged / one version: time', measured?.timeRatio, v.timeRatioMax),
    row('rebuild with 4 older versions unchanged / one version: peak memory', measured?.peakRatio, v.peakRatioMax),
  ]
}

/** Its table. */
export function versionsTable(v) {
  if (v.skipped) return `### Build with versions\n\nskipped: ${v.skipped}`
  const cell = (s) => `${Math.round(s.ms)} ms (${s.runs.map((ms) => Math.round(ms)).join(', ')})`
  return [
    `### Build with versions (${v.pages} generated pages a version; one page of the current content changed, then \`npm run build\`; median of ${v.runs})`,
    '',
    '| site | build | peak memory (all processes) | reused |',
    '| --- | --- | --- | --- |',
    `| 1 version | ${cell(v.one)} | ${v.one.peakMB ?? 'n/a'} MB | |`,
    `| ${v.versions} versions | ${cell(v.five)} (${v.timeRatio}×) | ${v.five.peakMB ?? 'n/a'} MB (${v.peakRatio ?? 'n/a'}×) | ${v.five.reused} |`,
  ].join('\n')
}
