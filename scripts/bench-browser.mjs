// Part of `npm run bench`: what a user waits for in real Chromium with the built extension.
// Results go to docs/benchmarks.md (between the bench-browser markers); tests never assert on time.
import { readFileSync, writeFileSync } from 'node:fs';
import { startSiteServer } from '../tests/e2e/site-server.mjs';
import { launch, openTab, clipInPopup } from '../tests/e2e/browser.mjs';

const PAGES = [
  ['seed article (VSB template)', 'http://news.xjtu.edu.cn/info/1033/140512.htm', 1000],
  [
    'English article (Drupal, tests/fixtures/pages)',
    'http://news.lakeside.edu/news/new-robot-does-superior-job-sampling-blood',
    1000,
  ],
  ['13 MB page, 150,000 elements', 'http://news.huge.edu.cn/info/1/1.htm', 3000],
];
const RUNS = 3;
const site = await startSiteServer();
const browser = await launch({ proxyPort: site.port });
const rows = [];
try {
  const popup = await browser.ctx.newPage();
  for (const [name, url, target] of PAGES) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const { page, tabId } = await openTab(browser.ctx, browser.sw, url);
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      const t0 = performance.now();
      await clipInPopup(popup, 30_000);
      times.push(performance.now() - t0);
      await page.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    rows.push(
      `| clip (press → saved), ${name} | ${median.toFixed(0)} | ${times.at(-1).toFixed(0)} | ≤ ${target} |${median > target ? ' **over target**' : ''}`,
    );
  }
} finally {
  await browser.close();
  site.server.close();
}
const table = [
  `Chromium ${'(headless, Debian)'}, ${RUNS} runs each.`,
  '',
  '| what | median ms | max ms | target ms |',
  '|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
const doc = 'docs/benchmarks.md';
writeFileSync(
  doc,
  readFileSync(doc, 'utf-8').replace(
    /(<!-- bench-browser:start -->\n)[\s\S]*(<!-- bench-browser:end -->)/,
    `$1${table}\n$2`,
  ),
);
