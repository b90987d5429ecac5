// Chromium keeps a new extension's button in its Extensions menu, where the NEWS badge is never seen: the real
// toolbar popup (opened by chrome.action.openPopup, as from that menu) asks the user to pin it, once; the popup page
// opened in a tab, as "Open in tab" and these tests do, never does (hooks/use-pin-hint.ts).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { launch } from './browser.mjs';
import { startSiteServer } from './site-server.mjs';

const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

let site;
let browser;
let devtools;
before(async () => {
  site = await startSiteServer();
  // The toolbar popup is no tab, so Playwright lists no page for it; puppeteer reaches it over a DevTools port.
  const port = await freePort();
  browser = await launch({ proxyPort: site.port, args: [`--remote-debugging-port=${port}`] });
  devtools = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
});
after(async () => {
  await devtools?.disconnect();
  await browser?.close();
  site?.server.close();
});

async function toolbarPopup() {
  const opened = devtools.waitForTarget((t) => t.url().includes('/popup.html'), { timeout: 10_000 });
  await browser.sw.evaluate(() => chrome.action.openPopup());
  const page = await (await opened).asPage();
  await page.waitForSelector('[data-testid="count"]', { timeout: 10_000 });
  return page;
}

describe('the pin hint', () => {
  it('the toolbar popup asks to pin the button while it is in the Extensions menu; Got it keeps focus and is remembered', async () => {
    const { sw, ctx } = browser;
    assert.deepEqual(await sw.evaluate(() => chrome.action.getUserSettings()), { isOnToolbar: false });
    const article = await ctx.newPage();
    await article.goto('http://news.xjtu.edu.cn/info/1033/140512.htm');
    const popup = await toolbarPopup();
    const hint = await popup.waitForSelector('[data-testid="pin-hint"]', { timeout: 5_000 });
    assert.match(await hint.evaluate((e) => e.textContent), /Pin this extension to the toolbar/);
    await popup.focus('[data-testid="pin-hint-dismiss"]');
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => !document.querySelector('[data-testid="pin-hint"]'), { timeout: 5_000 });
    assert.equal(
      await popup.evaluate(() => document.activeElement?.dataset.testid),
      'clip',
      'focus on Clip, not <body>',
    );
    await popup.close();
    // Closed for good: the next toolbar popup does not ask again.
    const again = await toolbarPopup();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await again.$('[data-testid="pin-hint"]'), null);
    await again.close();
  });

  it('the popup page in a tab never shows it', async () => {
    const { ctx, extensionId, sw } = browser;
    await sw.evaluate(() => chrome.storage.local.remove('pinHintDismissed'));
    const tab = await ctx.newPage();
    await tab.goto(`chrome-extension://${extensionId}/popup.html`);
    await tab.getByTestId('count').waitFor();
    await tab.waitForTimeout(500);
    assert.equal(await tab.getByTestId('pin-hint').count(), 0);
    await tab.close();
  });
});
