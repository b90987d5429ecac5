// The popup's saved first screen, drawn by a tiny classic script before the module bundle runs (issue #12), in the
// built extension and real Chromium: drawn from what the last popup saved, as text only, then replaced by the live
// list with nothing left behind.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSiteServer } from './site-server.mjs';
import { useBrowser } from './browser.mjs';

const env = useBrowser({ before, after }, startSiteServer);
const EVIL = '<img src=x onerror="window.pwned=1">标题';

describe('popup first paint', () => {
  it('draws the saved first screen before the bundle, as text, and the live list replaces it', async () => {
    const { ctx, extensionId } = env.browser;
    const url = `chrome-extension://${extensionId}/popup.html`;
    const page = await ctx.newPage();
    // What every page of this context does first: note what the first frame's rows were, and who drew them.
    await ctx.addInitScript(() => {
      window.__seen = [];
      new MutationObserver(() => {
        for (const row of document.querySelectorAll('.article-title'))
          if (!window.__seen.length)
            window.__seen.push({
              title: row.textContent,
              prepaint: !!row.closest('#first-paint'),
              bundleRan: !!document.querySelector('[data-testid="search"]'),
              // Styled already: the stylesheet comes with first-paint.js (a constructed sheet), not a <link>.
              weight: getComputedStyle(row).fontWeight,
            });
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(url);
    await page.getByTestId('count').waitFor();
    // The popup saves its own (empty) first screen once its list is live; written after ours, it would replace it.
    await page.waitForFunction(() => localStorage.getItem('cnc-first-screen-v2') !== null);
    // A saved screen, as an earlier popup wrote it (one row whose title holds markup).
    await page.evaluate((title) => {
      const card = {
        id: 'saved-1',
        url: 'http://news.xjtu.edu.cn/info/1.htm',
        title,
        lang: 'zh',
        site: { host: 'news.xjtu.edu.cn', name: null, university: '西安交通大学' },
        publishedAt: '2021-04-08',
        clippedAt: '2021-04-08T00:00:00Z',
        views: 5,
        tags: [],
        sortPublished: '2021-04-08',
        chips: [],
        names: [],
      };
      // With the words it was shown with (utils/collection/first-screen-cache.ts), markup in them too.
      const shown = {
        title: 'Campus News Clipper',
        search: 'Search',
        count: '1 article',
        rows: [{ title, place: '西安交通大学', date: '2021-04-08', views: '5 views' }],
      };
      localStorage.setItem('cnc-first-screen-v2', JSON.stringify({ order: 'clipped', total: 1, cards: [card], shown }));
    }, EVIL);
    await page.reload();
    const seen = await page.evaluate(() => window.__seen);
    assert.deepEqual(seen, [{ title: EVIL, prepaint: true, bundleRan: false, weight: '600' }]);
    assert.equal(await page.locator('link[rel="stylesheet"]').count(), 0);
    // The live list (an empty collection) replaced it: no second list, nothing injected.
    await page.locator('.empty').waitFor();
    assert.equal(await page.locator('#first-paint').count(), 0);
    assert.equal(await page.locator('.article-title').count(), 0);
    assert.equal(await page.evaluate(() => window.pwned ?? null), null);
    await page.close();
  });
});
