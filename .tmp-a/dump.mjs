// Clip pages with a given build and dump the stored articles (fields) as JSON.
import { writeFileSync } from 'node:fs';
import { startSiteServer } from '../tests/e2e/site-server.mjs';
import { launch, openTab, clipInPopup } from '../tests/e2e/browser.mjs';
const [ext, out, ...urls] = process.argv.slice(2);
const site = await startSiteServer();
const b = await launch({ proxyPort: site.port, extension: ext });
const res = {};
try {
  const popup = await b.ctx.newPage();
  for (const url of urls) {
    const { page, tabId } = await openTab(b.ctx, b.sw, url, 60_000);
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    try { await clipInPopup(popup, 60_000); } catch (e) { res[url] = { failed: await popup.getByTestId('status').innerText().catch(() => String(e)) }; }
    await page.close();
  }
  const arts = await popup.evaluate(() => new Promise((ok, ko) => {
    const r = indexedDB.open('campus-news-clipper');
    r.onsuccess = () => { const q = r.result.transaction('articles').objectStore('articles').getAll(); q.onsuccess = () => ok(q.result); q.onerror = ko; };
    r.onerror = ko;
  }));
  for (const a of arts) { const { id, clippedAt, updatedAt, ...rest } = a; res[a.url] = rest; }
} finally { await b.close(); site.server.close(); }
writeFileSync(out, JSON.stringify(res, null, 1));
