// Opens pages of a served site in headless Chromium, as a visitor would: at 375 px and 1280 px it checks that nothing
// overflows horizontally and runs axe-core; it saves a screenshot of the first page. Prints one JSON object.
// usage: node check-pages.mjs BASE_URL SCREENSHOT_PATH PATH [PATH ...]
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [base, screenshot, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = [];
try {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of paths) {
      const response = await page.goto(new URL(path, base).href, { waitUntil: 'load' });
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        const wide = [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1 && getComputedStyle(e).position !== 'absolute')
          .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : ''));
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
      });
      await page.addScriptTag({ content: axeSource });
      const axe = await page.evaluate(async () => {
        const report = await window.axe.run(document, { resultTypes: ['violations'] });
        return report.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
      });
      results.push({ path, width, status: response.status(), overflow, violations: axe });
      if (width === 375 && path === paths[0] && screenshot) {
        await page.screenshot({ path: screenshot, fullPage: false });
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
