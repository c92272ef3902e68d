/**
 * What one reader downloads from a large site: a page opened in a fresh browser (cold cache), six
 * seconds of waiting (whatever the site fetches while idle counts), then the sidebar scrolled to its
 * end, as a reader looking for a page does. Bytes as transferred (gzipped by the server) and requests,
 * read from Chromium's network events.
 */
import fs from 'node:fs'
import { chromium } from '@playwright/test'

const CHROMIUM = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p))
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/**
 * @param {{ url: string, sidebar: string, waitMs?: number }} options sidebar: a CSS selector of the
 *   scrolling sidebar element
 * @returns {Promise<{ bytes: number, requests: number }>}
 */
export async function readerBytes({ url, sidebar, waitMs = 6000 }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    let bytes = 0
    let requests = 0
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength
      requests++
    })
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForTimeout(waitMs)
    // Scroll the sidebar to its end in steps, letting whatever comes into view load.
    for (let step = 0; step < 40; step++) {
      const done = await page.evaluate((selector) => {
        const element = document.querySelector(selector)
        if (!element) return true
        element.scrollBy(0, element.clientHeight * 0.8)
        return element.scrollTop + element.clientHeight >= element.scrollHeight - 2
      }, sidebar)
      await page.waitForTimeout(100)
      if (done) break
    }
    await page.waitForTimeout(1000)
    return { bytes, requests }
  } finally {
    await browser.close()
  }
}
