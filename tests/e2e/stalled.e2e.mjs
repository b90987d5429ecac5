// Pages whose document never finishes loading, with the article on screen (R7 #1): a synchronous third-party script
// that never answers, or a body the server stops sending part-way. The badge is set while the tab is still loading,
// and Clip saves what the document holds, not "too large" after 15 s. A page with nothing of its body yet says it
// is still loading.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSiteServer, STALLED_DOCS } from './site-server.mjs';
import { badgeText, openTab, useBrowser } from './browser.mjs';
import { articles, pressShortcut, waitForToast } from './browse-helpers.mjs';

const env = useBrowser({ before, after }, startSiteServer);

/** Press Clip in a popup for `tabId`; the status line once it is no longer "Clipping…", and how long that took. */
async function clip(tabId) {
  const popup = await env.browser.ctx.newPage();
  await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tabId=${tabId}`);
  const start = Date.now();
  await popup.getByTestId('clip').click();
  const status = popup.getByTestId('status').filter({ hasNotText: /Clipping/ });
  await status.waitFor({ timeout: 20_000 });
  const text = await status.innerText();
  await popup.close();
  return { text, ms: Date.now() - start };
}

describe('a page still loading', { timeout: 120_000 }, () => {
  for (const [kind, url] of [
    ['a synchronous script after the article that never answers', STALLED_DOCS.script],
    ['a body that stalls after the article', STALLED_DOCS.body],
  ]) {
    it(`is marked and clipped whole: ${kind}`, async () => {
      const { sw } = env.browser;
      const { page, tabId } = await openTab(env.browser.ctx, sw, url, 15_000, 'commit');
      await page.getByText('Paragraph 6:').waitFor({ timeout: 10_000 });
      assert.equal(await badgeText(sw, tabId, 'NEWS', 10_000), 'NEWS', 'detected while the document loads');
      assert.equal(await page.evaluate(() => document.readyState), 'loading', 'the document was still loading');

      const { text, ms } = await clip(tabId);
      assert.match(text, /^Saved/, `clipped (after ${ms} ms)`);
      assert.ok(ms < 10_000, `not the 15 s deadline: ${ms} ms`);
      const [saved] = (await articles(sw)).filter((a) => a.url === url);
      assert.equal(saved?.title, 'Campus lab opens');
      assert.match(saved.textContent, /Paragraph 1: the new laboratory opened[\s\S]*Paragraph 6:/);
      await page.close();
    });
  }

  it('clipped by the shortcut, it shows the confirmation on the page', async () => {
    const { sw } = env.browser;
    const { page, tabId } = await openTab(env.browser.ctx, sw, STALLED_DOCS.script, 15_000, 'commit');
    await page.getByText('Paragraph 6:').waitFor({ timeout: 10_000 });
    await pressShortcut(sw, tabId);
    await waitForToast(page, /^(Saved|Updated|Already)/);
    assert.equal(await page.evaluate(() => document.readyState), 'loading');
    await page.close();
  });

  it('with nothing of its body yet, says it is still loading, not that it is too large', async () => {
    const { page, tabId } = await openTab(env.browser.ctx, env.browser.sw, STALLED_DOCS.head, 15_000, 'commit');
    await page.waitForTimeout(500);
    const { text, ms } = await clip(tabId);
    assert.match(text, /still loading/, `said in ${ms} ms`);
    assert.doesNotMatch(text, /too large/);
    await page.close();
  });
});
