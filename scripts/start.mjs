// `npm start`: build the extension and run it with bundled sample campus pages served at their real
// addresses. With a display, a browser opens with the extension loaded; without one (or with
// --headless), the samples are clipped, the exported JSON is printed and a popup screenshot is written.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { startSiteServer } from '../tests/e2e/site-server.mjs';
import { launch, openTab } from '../tests/e2e/browser.mjs';

const SAMPLES = [
  'http://news.xjtu.edu.cn/info/1033/140512.htm',
  'http://news.sample.edu/2025/04/climate-project-seed-grants',
];
const SCREENSHOT = 'docs/popup.png';
// npm prints its own banner to stdout, so the export is also written to a file that holds only the JSON.
const EXPORT = '.output/sample-export.json';

if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error('Chromium is missing: run `bash scripts/setup.sh` (installs Debian chromium and fonts-noto-cjk).');
  process.exit(1);
}
execSync('npx wxt build', { stdio: ['ignore', process.stderr, 'inherit'] });
const site = await startSiteServer();
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const browser = await launch({ proxyPort: site.port, headless, locale: process.env.LOCALE ?? 'zh-CN' });

if (!headless) {
  for (const url of SAMPLES) await openTab(browser.ctx, browser.sw, url);
  console.log(`Chromium is open with Campus News Clipper loaded and ${SAMPLES.length} sample pages.`);
  console.log('Click the toolbar icon (pin it from the puzzle menu), then “Clip”. Close the browser to stop.');
  await new Promise((ok) => browser.ctx.on('close', ok));
  site.server.close();
  process.exit(0);
}

try {
  const popup = await browser.ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 560 });
  for (const url of SAMPLES) {
    const { page, tabId } = await openTab(browser.ctx, browser.sw, url);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('clip').click();
    await popup.locator('[data-testid="status"]:not(:empty)').filter({ hasNotText: /…/ }).waitFor({ timeout: 15_000 });
    console.error(`${url}\n  → ${await popup.getByTestId('status').innerText()}`);
    await page.close();
  }
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export').click()]);
  const json = readFileSync(await download.path(), 'utf-8');
  writeFileSync(EXPORT, json);
  console.log(json);
  console.error(`Exported JSON written to ${EXPORT}`);
  await popup.getByTestId('status').evaluate((el) => {
    el.textContent = '';
  });
  await popup.locator('main').screenshot({ path: SCREENSHOT });
  console.error(`Popup screenshot written to ${SCREENSHOT}`);
} finally {
  await browser.close();
  site.server.close();
}
