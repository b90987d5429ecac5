// The first clip of a browser session (issue #12): Chrome's offscreen document is made when the popup opens on a web
// page, before the press, and not on page loads (pages nobody clips pay nothing) nor for a popup on no web page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSiteServer } from './site-server.mjs';
import { badgeText, clipInPopup, openTab, useBrowser } from './browser.mjs';

const env = useBrowser({ before, after }, startSiteServer);
const SEED = 'http://news.xjtu.edu.cn/info/1033/140512.htm';

/** How many offscreen documents the extension has now. */
const offscreenCount = (sw) =>
  sw.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).then((c) => c.length));

/** Polls until the count is `want` or 10 s pass; returns the last count. */
async function offscreenBecomes(sw, want) {
  let n;
  for (const end = Date.now() + 10_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100)))
    if ((n = await offscreenCount(sw)) === want) break;
  return n;
}

describe('the offscreen document before the first clip', () => {
  it('a page load and a popup on no web page make none; a popup on the page makes it; the clip then saves', async () => {
    const { ctx, sw, extensionId } = env.browser;
    const { page, tabId } = await openTab(ctx, sw, SEED);
    // The detector has judged the page (its badge): everything the load does is done.
    assert.notEqual(await badgeText(sw, tabId, '✓', 3_000), '');
    const library = await ctx.newPage();
    await library.goto(`chrome-extension://${extensionId}/popup.html?layout=tab`);
    await library.getByTestId('count').waitFor();
    await new Promise((r) => setTimeout(r, 1_000));
    assert.equal(await offscreenCount(sw), 0);
    const popup = await ctx.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    assert.equal(await offscreenBecomes(sw, 1), 1);
    assert.match(await (await clipInPopup(popup)).innerText(), /^Saved/);
    assert.equal(await offscreenCount(sw), 1);
    for (const p of [popup, library, page]) await p.close();
  });
});
