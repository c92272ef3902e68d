/**
 * Progress lines for the long steps, on stderr so that stdout stays the table alone.
 */
const started = Date.now()

/** Prints `[  12.3s] message`, the time counted from the start of the run. */
export function progress(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6)
  process.stderr.write(`[${seconds}s] ${message}\n`)
}
