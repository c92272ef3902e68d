import { chromium } from '@playwright/test'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
const p = await b.newPage({ viewport: { width: 1280, height: 800 } })
p.on('console', m => console.log('console', m.type(), m.text()))
await p.goto('http://localhost:3111/'); 
await p.getByRole('combobox', { name: 'Search' }).fill('conector')
await p.waitForTimeout(800)
await p.screenshot({ path: '/tmp/search.png' })
await b.close()
