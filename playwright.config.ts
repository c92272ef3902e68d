import fs from 'node:fs'
import { defineConfig } from '@playwright/test'
import { chromium } from '@playwright/test'

/** A system Chromium: PLAYWRIGHT_CHROMIUM_PATH, else Debian's, else one Playwright installed. Never a download. */
function findChromium() {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()]
  const found = candidates.find((path) => path && fs.existsSync(path))
  if (found) return found
  console.error('No Chromium found: install one (Debian: `apt-get install chromium`) or set PLAYWRIGHT_CHROMIUM_PATH to its binary.')
  process.exit(1)
}

const port = Number(process.env.E2E_PORT || 4321)

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // One retry in CI only: on a loaded 2-core machine a click can land before hydration; a retried
  // pass is still reported as flaky in the list, so it stays visible.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: findChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // The EVNEX site, then (one after the other: the builds share their work folders) a site made
  // from an OpenAPI document for e2e/openapi.spec.ts, on the next port.
  webServer: [
    {
      command: 'node lib/cli/start.mjs',
      env: { PORT: String(port) },
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'pipe',
    },
    {
      command: 'node lib/cli/start.mjs',
      env: { PORT: String(port + 1), CONTENT_DIR: 'e2e/openapi-site', PORTAL_OUT: '.out-e2e-openapi' },
      url: `http://localhost:${port + 1}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'pipe',
    },
  ],
})
