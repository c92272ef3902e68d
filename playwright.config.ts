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
// A second site, built from e2e/fixtures/feature-site: what EVNEX's ten flat pages do not have (groups,
// an API reference, an older version), served under its base path (site.json) as it would be published.
const featuresPort = port + 1
const featuresBase = JSON.parse(fs.readFileSync('e2e/fixtures/feature-site/site.json', 'utf8')).basePath ?? ''

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
    launchOptions: {
      executablePath: findChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /features\//, use: { browserName: 'chromium', baseURL: `http://localhost:${port}` } },
    { name: 'features', testMatch: /features\/.*\.spec\.ts/, use: { browserName: 'chromium', baseURL: `http://localhost:${featuresPort}` } },
  ],
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
      env: { PORT: String(featuresPort), CONTENT_DIR: 'e2e/fixtures/feature-site', PORTAL_OUT: '.out-e2e-features' },
      url: `http://localhost:${featuresPort}${featuresBase}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'pipe',
    },
  ],
})
