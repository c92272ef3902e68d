/**
 * bench/results.svg: search p95 latency and gzipped index size against corpus size, one line per
 * engine, log scales (the engines differ by orders of magnitude). Plain SVG, no chart library.
 */
const COLORS = { lunr: '#c0392b', minisearch: '#2980b9', flexsearch: '#27ae60' }
const W = 360
const H = 240
const PAD = { left: 56, right: 26, top: 28, bottom: 40 }
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;')

function logTicks(min, max) {
  const ticks = []
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) ticks.push(10 ** e)
  return ticks
}

function panel({ x0, title, unit, series, sizes }) {
  const values = series.flatMap((s) => s.points.map((p) => p[1])).filter((v) => v > 0)
  const ticks = logTicks(Math.min(...values), Math.max(...values))
  const [lo, hi] = [Math.log10(ticks[0]), Math.log10(ticks.at(-1))]
  const [sLo, sHi] = [Math.log10(sizes[0]), Math.log10(sizes.at(-1))]
  const px = (size) => x0 + PAD.left + ((Math.log10(size) - sLo) / (sHi - sLo || 1)) * (W - PAD.left - PAD.right)
  const py = (v) => H - PAD.bottom - ((Math.log10(Math.max(v, ticks[0])) - lo) / (hi - lo || 1)) * (H - PAD.top - PAD.bottom)
  const out = [`<text x="${x0 + W / 2}" y="16" text-anchor="middle" font-weight="bold">${esc(title)}</text>`]
  for (const t of ticks) {
    out.push(`<line x1="${x0 + PAD.left}" x2="${x0 + W - PAD.right}" y1="${py(t)}" y2="${py(t)}" stroke="#ddd"/>`)
    out.push(`<text x="${x0 + PAD.left - 4}" y="${py(t) + 4}" text-anchor="end">${t}${unit}</text>`)
  }
  for (const size of sizes) out.push(`<text x="${px(size)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${size}</text>`)
  out.push(`<text x="${x0 + W / 2}" y="${H - 6}" text-anchor="middle">sections</text>`)
  for (const s of series) {
    const d = s.points.map(([size, v], i) => `${i ? 'L' : 'M'}${px(size).toFixed(1)},${py(v).toFixed(1)}`).join(' ')
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"/>`)
    for (const [size, v] of s.points) out.push(`<circle cx="${px(size).toFixed(1)}" cy="${py(v).toFixed(1)}" r="3" fill="${s.color}"><title>${esc(s.label)}: ${v} ${unit} at ${size}</title></circle>`)
  }
  return out.join('\n')
}

/** @param {{ corpora: { sections: number, engines: Record<string, any> }[] }} search */
export function searchChart(search) {
  const sizes = search.corpora.map((c) => c.sections)
  const names = Object.keys(search.corpora[0].engines)
  const series = (pick) => names.map((name) => ({ label: search.corpora[0].engines[name].engine, color: COLORS[name] ?? '#555', points: search.corpora.map((c) => [c.sections, pick(c.engines[name])]) }))
  const legend = names.map((name, i) => `<rect x="${PAD.left + i * 200}" y="${H + 6}" width="12" height="12" fill="${COLORS[name] ?? '#555'}"/><text x="${PAD.left + i * 200 + 16}" y="${H + 16}">${esc(search.corpora[0].engines[name].engine)}</text>`).join('\n')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W * 2}" height="${H + 26}" font-family="sans-serif" font-size="11">
<rect width="100%" height="100%" fill="#fff"/>
${panel({ x0: 0, title: 'Search latency p95 (ms, log)', unit: '', series: series((e) => e.latencyMs.p95), sizes })}
${panel({ x0: W, title: 'Index as shipped, gzip (KB, log)', unit: '', series: series((e) => Math.round(e.bytes.gzip / 1024)), sizes })}
${legend}
</svg>
`
}
