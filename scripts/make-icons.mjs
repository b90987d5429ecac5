// Renders public/icon/{16,32,48,128}.png from one SVG in headless Chromium (run once; PNGs are committed).
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#9b1c1c"/>
  <path d="M34 26h44l18 18v58a6 6 0 0 1-6 6H34a6 6 0 0 1-6-6V32a6 6 0 0 1 6-6z" fill="#fff"/>
  <path d="M78 26v18h18" fill="#f3c5c5"/>
  <rect x="40" y="52" width="44" height="7" rx="3" fill="#9b1c1c"/>
  <rect x="40" y="66" width="36" height="6" rx="3" fill="#c98a8a"/>
  <rect x="40" y="78" width="40" height="6" rx="3" fill="#c98a8a"/>
  <path d="M84 80l14 0 0 30-7-6-7 6z" fill="#e8a317"/>
</svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`,
  );
  writeFileSync(`public/icon/${size}.png`, await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
