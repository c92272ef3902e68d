/**
 * The results as Markdown tables, for the terminal, the README's Performance section and notes.
 */
const kb = (bytes) => (bytes === undefined || bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KB`)
const ms = (value, digits = 1) => (value === undefined || value === null ? '–' : `${value.toFixed(digits)} ms`)
const x = (value) => (value === null || value === undefined ? '' : ` (${value}×)`)

function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

// The query kinds of lib/bench/search-queries.mjs, in the table's words; a new kind shows by its key.
const KIND_NAMES = { twoWord: '2-word', noHit: 'no-hit', cjk: 'CJK' }

function searchTable(search) {
  const rows = []
  for (const { sections, engines } of search.corpora) {
    for (const e of Object.values(engines)) {
      const hits = Object.entries(e.hits).map(([kind, n]) => `${n}/${search.queryKinds[kind]}`).join(' ')
      rows.push([sections, e.engine, `${ms(e.buildMs, 0)}${x(e.vsLunr.buildMs)}`, `${kb(e.bytes.raw)} / ${kb(e.bytes.gzip)}${x(e.vsLunr.gzipBytes)}`,
        `${ms(e.firstResultMs, 0)}${x(e.vsLunr.firstResultMs)}`, `${ms(e.latencyMs.p50, 3)}${x(e.vsLunr.p50)}`, `${ms(e.latencyMs.p95, 3)}${x(e.vsLunr.p95)}`, ms(e.latencyMs.max, 2), hits])
    }
  }
  return `### Search (${search.queries} queries, ${search.rounds} round(s); corpus: ${search.source}; ratios to lunr)\n\n${table(
    ['sections', 'engine', 'build', 'index raw / gzip', 'first result', 'p50', 'p95', 'max', `hits: ${Object.keys(search.queryKinds).map((kind) => KIND_NAMES[kind] ?? kind).join(' ')}`], rows)}`
}

function firstResultTable(entries) {
  if (!Array.isArray(entries)) return `### Search, first result in Chromium\n\n${entries?.skipped ?? 'not measured'}`
  const rows = entries.map((e) => [e.sections, e.engine, `${kb(e.bytesMedian)} / ${kb(e.bytesMax)}`, e.requestsMedian, ms(e.msMedian, 0), ms(e.msSlow4gMedian, 0), ms(e.msSlow4gP95, 0), ms(e.warmMsMedian, 0)])
  return `### Search, first result in Chromium (20 fixed queries, cold cache; slow 4G: 150 ms RTT, 1.6 Mbps down)\n\n${table(
    ['sections', 'engine', 'bytes median / max', 'requests', 'first result', 'slow 4G median', 'slow 4G p95', 'warm repeat'], rows)}`
}

function keystrokeTable(entries) {
  if (!Array.isArray(entries)) return `### Search, keystroke to next frame in Chromium\n\n${entries?.skipped ?? 'not measured'}`
  const pagefind = (sections) => entries.find((e) => e.engine === 'pagefind' && e.sections === sections)?.warmMsMedian
  const rows = entries.filter((e) => e.engine === 'portal').map((e) => [e.sections, e.keystrokes, ms(e.medianMs), ms(e.p95Ms), ms(e.maxMs), `${(e.answeredInFrame * 100).toFixed(0)}%`, ms(pagefind(e.sections))])
  return `### Search, keystroke to next frame in Chromium (20 fixed queries typed one character at a time into a warm dialog; Event Timing)\n\n${table(
    ['sections', 'keystrokes', 'median', 'p95', 'max', 'answered in that frame', 'Pagefind warm repeat (median)'], rows)}`
}

function queryBytesTable(q) {
  if (q.skipped) return `### Search, bytes per query on an imported site\n\n${q.skipped}`
  const worst = q.worst.map((w) => `"${w.query}" ${kb(w.bytes)} (${w.requests} requests)`).join(', ')
  return `### Search, bytes per query until its first result on ${q.site} (${q.sections} sections; ${q.queries} fixed queries, cold cache, search code included)\n\nmedian ${kb(q.bytesMedian)}, worst ${kb(q.bytesMax)}; the five worst: ${worst}`
}

function weightTable(weight) {
  const rows = weight.routes.map((r) => [r.route, kb(r.html.gzip), `${kb(r.js.gzip)} (+${kb(r.js.overBaseline.gzip)})`, kb(r.js.raw), kb(r.css.gzip), r.searchInFirstLoad ? 'yes' : 'no'])
  const lazy = [...weight.lazy, ...(weight.searchData ? [weight.searchData] : [])].map((c) => `${c.file} ${kb(c.gzip)}${c.search ? ' (search)' : ''}`).join(', ')
  return `### Page weight (first visit, gzip; baseline empty Next.js page: ${kb(weight.baseline.firstLoadJs.gzip)} JS)\n\n${table(
    ['route', 'HTML', 'JS (over baseline)', 'JS raw', 'CSS', 'search in first load'], rows)}\n\nLoaded lazily: ${lazy || 'none'}`
}

function lighthouseTable(lh) {
  const pages = [...lh.pages, ...(lh.baseline ? [{ ...lh.baseline, route: `${lh.baseline.route} (empty Next.js baseline)` }] : [])]
  const rows = pages.map((p) => [p.route, p.median.performance, ms(p.median.lcpMs, 0), ms(p.median.tbtMs, 0), p.median.cls, p.median.benchmarkIndex])
  return `### Lighthouse (${lh.preset}, median of ${lh.runs})\n\n${table(['page', 'performance', 'LCP', 'TBT', 'CLS', 'CPU index'], rows)}`
}

function buildTable(build) {
  const rows = [['empty Next.js app (baseline)', 1, ms(build.baseline.medianMs, 0), '', ''],
    ['EVNEX (content/)', build.evnex.pages, `${ms(build.evnex.medianMs, 0)}${x(build.evnex.ratioToBaseline)}`, ms(build.evnex.msPerPage, 0), ms(build.evnex.searchIndexMs, 0)]]
  if (build.large.skipped) rows.push(['large corpus', '', `skipped: ${build.large.skipped}`, '', ''])
  else rows.push([`${build.large.name} (${build.large.lines} lines)`, build.large.pages, `${ms(build.large.ms, 0)}${x(build.large.ratioToBaseline)}`, ms(build.large.msPerPage, 0), ms(build.large.searchIndexMs, 0)])
  return `### Build cost (clean next build, wall time, median of ${build.baseline.runs.length})\n\n${table(['site', 'pages', 'next build', 'per page', 'search file'], rows)}`
}

function openApiTable(o) {
  if (o.skipped) return `### API reference build\n\nskipped: ${o.skipped}`
  const mb = (n) => (n === null ? 'n/a' : `${n} MB`)
  return `### API reference build (clean npm run build of the largest document in ../shared/corpus-openapi)\n\n${table(
    ['document', 'operations', 'pages', 'build', 'per operation', 'peak memory (all processes)', 'heaviest page HTML (gzip)', 'first-load JS (over baseline)'],
    [[o.name, o.operations, o.pages, ms(o.ms, 0), ms(o.msPerOperation, 0), mb(o.peakMB), `${o.largestHtml.route} ${kb(o.largestHtml.gzip)}`, `${kb(o.firstLoadJs.gzip)} (+${kb(o.firstLoadJs.overBaselineGzip)})`]])}`
}

function largeSitesTable(l) {
  const mb = (n) => (n === null || n === undefined ? 'n/a' : `${n} MB`)
  const s = (v) => (v === null || v === undefined ? '–' : `${(v / 1000).toFixed(1)} s`)
  const rows = l.sites.flatMap(({ pages, portal, starlight }) => [portal && ['portal', portal], starlight && ['Starlight', starlight]].filter(Boolean).map(([engine, f]) => [
    pages, engine, s(f.ms), s(f.againMs), mb(f.peakMB), `${(f.outputBytes / 2 ** 20).toFixed(1)} MB`, kb(f.pageHtmlGzip), f.reader ? `${kb(f.reader.bytes)} in ${f.reader.requests}` : '–']))
  const parts = [`### Large sites (generated API pages of about 8 KB of Markdown, page /${l.page}/; ten-page site's page: ${kb(l.tenPages.pageHtmlGzip)} gzipped)\n\n${table(
    ['pages', 'engine', 'build (no cache)', 'again (its cache)', 'peak memory (all processes)', 'output', 'one page (gzip)', 'a reader: open, wait 6 s, scroll the sidebar'], rows)}`]
  if (l.dev) {
    const dev = [['portal (npm run dev)', l.dev.portal], ['Starlight (astro dev)', l.dev.starlight]].filter(([, f]) => f).map(([name, f]) => [name, s(f.firstPageMs), s(f.saveMs)])
    parts.push(`Preview at ${l.dev.pages} pages:\n\n${table(['server', 'until the first page shows', 'from a save until it shows'], dev)}`)
  }
  return parts.join('\n\n')
}

function budgetTable(rows) {
  const status = (ok) => (ok === null ? 'not measured' : ok ? 'ok' : '**OVER**')
  return `### Budgets (lib/bench/budgets.json)\n\n${table(['budget', 'measured', 'limit', ''], rows.map((r) => [r.name, r.actual ?? '–', r.limit, status(r.ok)]))}`
}

/** Every table the results have, machine and date first. */
export function renderTables(results, budgetRows) {
  const m = results.machine
  const parts = [`Measured ${results.date.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${results.node}, load ${m.load.join(' ')}${results.quick ? ' (--quick)' : ''}.`]
  if (results.search?.corpora.length) parts.push(searchTable(results.search))
  if (results.search?.firstResult) parts.push(firstResultTable(results.search.firstResult))
  if (results.search?.keystrokes) parts.push(keystrokeTable(results.search.keystrokes))
  if (results.search?.queryBytes) parts.push(queryBytesTable(results.search.queryBytes))
  if (results.pageWeight) parts.push(weightTable(results.pageWeight))
  if (results.lighthouse) parts.push(lighthouseTable(results.lighthouse))
  if (results.build) parts.push(buildTable(results.build))
  if (results.openapi) parts.push(openApiTable(results.openapi))
  if (results.largeSites) parts.push(largeSitesTable(results.largeSites))
  if (budgetRows) parts.push(budgetTable(budgetRows))
  return parts.join('\n\n')
}
