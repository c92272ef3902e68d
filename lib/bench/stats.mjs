/**
 * Small pure helpers the bench reports with. Timings on a shared 2-core machine are noisy, so every
 * figure is a median or a percentile, and comparisons are ratios to a baseline from the same run.
 */
import zlib from 'node:zlib'

/** The p-th percentile (0-100) by nearest rank, so every reported figure is one that was measured. */
export function percentile(values, p) {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

/** The median; for an even count, the mean of the two middle values. */
export function median(values) {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** a / b, rounded for reading; null when either side is missing, so tables show a dash, not NaN. */
export function ratio(a, b, digits = 2) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null
  return Number((a / b).toFixed(digits))
}

/** Gzip at level 9, as a static host or CDN would serve it. */
export const gzipSize = (data) => zlib.gzipSync(data, { level: 9 }).length

/** Milliseconds since `start` (a process.hrtime.bigint()). */
export const msSince = (start) => Number(process.hrtime.bigint() - start) / 1e6

/** Rounds for JSON output without hiding sub-millisecond figures. */
export const round = (value, digits = 3) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null)
