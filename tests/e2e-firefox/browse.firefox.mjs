// Clipping while browsing in real Firefox: the shortcut and the context menu's handlers, then the export.
// Firefox's WebExtension events have no dispatch() (Chromium's do: tests/e2e/browse.e2e.mjs), and a test cannot
// press a browser shortcut or open a native menu, so an extension page calls the very listeners the background page
// registered (utils/browse/browse-wiring.ts puts them on its global), through runtime.getBackgroundPage(), with the
// `tab` and menu `info` objects Firefox passes.
/* global browser -- the WebExtension API, in the extension pages where page.evaluate runs these functions */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSiteServer } from '../e2e/site-server.mjs';
import {
  MISSING_FIREFOX,
  badgeText,
  hasFirefox,
  nextDownload,
  openExtensionPage,
  openTab,
  useFirefox,
} from './firefox.mjs';

const SEED = 'http://news.xjtu.edu.cn/info/1033/140512.htm';
const SEED_TITLE = '【125校庆】西安交通大学举行“产教融合、协同育人”创新工程启动大会';
const LAKESIDE = 'http://news.lakeside.edu/news/new-robot-does-superior-job-sampling-blood';
// The seed article again, on a host outside the academic domains.
const OTHER_SITE = 'http://news.example.com/2021/04/08/story.html';

if (!hasFirefox()) {
  it('needs firefox-esr', () => assert.fail(MISSING_FIREFOX));
} else {
  const env = useFirefox({ before, after }, startSiteServer);

  /** Raise a background listener (`command` or `menuClicked`) with the tab as Firefox passes it. */
  const raise = (listener, tabId, first) =>
    env.ff.inspector.evaluate(
      async (listener, id, first) => {
        const bg = await browser.runtime.getBackgroundPage();
        const tab = await browser.tabs.get(id);
        const arg = typeof first === 'string' ? first : { ...first, pageUrl: tab.url, editable: false, frameId: 0 };
        bg.cncBrowseListeners[listener](arg, tab);
      },
      listener,
      tabId,
      first,
    );

  /** The stored articles' addresses, polled until `want` are there. */
  async function stored(want, timeout = 20_000) {
    const end = Date.now() + timeout;
    let urls;
    do {
      urls = await env.ff.inspector.evaluate(
        () =>
          new Promise((ok, fail) => {
            const open = indexedDB.open('campus-news-clipper');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const all = open.result.transaction('articles').objectStore('articles').getAll();
              all.onsuccess = () => {
                open.result.close();
                ok(all.result.map((a) => a.url).sort());
              };
            };
          }),
      );
      if (JSON.stringify(urls) === JSON.stringify([...want].sort())) return urls;
      await new Promise((r) => setTimeout(r, 200));
    } while (Date.now() < end);
    assert.fail(`stored ${JSON.stringify(urls)}, wanted ${JSON.stringify(want)}`);
  }

  describe('clipping while browsing in Firefox', { timeout: 120_000 }, () => {
    it('the shortcut’s handler clips the page in its tab, shows the confirmation on it and ✓ on the toolbar', async () => {
      const seed = await openTab(env.ff, SEED);
      assert.equal(await badgeText(env.ff, seed.tabId, 'NEWS'), 'NEWS');
      await raise('command', seed.tabId, 'clip-page');
      await stored([SEED]);
      await seed.page.waitForSelector('#cnc-clip-toast', { timeout: 10_000 });
      assert.equal(await badgeText(env.ff, seed.tabId, '✓'), '✓');
    });

    it('the menu’s handler clips a page, and the export holds both clips with their fields', async () => {
      const { tabId } = await openTab(env.ff, LAKESIDE);
      await raise('menuClicked', tabId, { menuItemId: 'cnc-clip-page' });
      await stored([SEED, LAKESIDE]);
      const popup = await env.ff.browser.newPage();
      await openExtensionPage(env.ff, popup, 'popup.html');
      await popup.click('[data-testid="export"]');
      const file = await nextDownload(env.ff);
      const byUrl = Object.fromEntries(file.articles.map((a) => [a.url, a]));
      assert.deepEqual(Object.keys(byUrl).sort(), [LAKESIDE, SEED].sort());
      assert.equal(byUrl[SEED].title, SEED_TITLE);
      assert.equal(byUrl[SEED].publishedAt, '2021-04-08T23:00:00+08:00');
      assert.equal(byUrl[SEED].views, 9906);
      assert.match(byUrl[LAKESIDE].title, /robot/i);
      assert.ok(byUrl[LAKESIDE].textContent.length > 500, 'the body came with it');
      await popup.close();
    });

    it('an extra site added in Options turns detection on there; removing it turns it off and gives the permission back', async () => {
      const before = await openTab(env.ff, OTHER_SITE);
      await new Promise((r) => setTimeout(r, 500)); // a detector would have reported by now (it runs at idle)
      assert.equal(await badgeText(env.ff, before.tabId, '', 1000), '', 'no detection off the academic domains');
      await before.page.close();

      const options = await env.ff.browser.newPage();
      await openExtensionPage(env.ff, options, 'options.html');
      await options.type('[data-testid="site-input"]', 'news.example.com');
      await options.click('[data-testid="add-site"]');
      const says = (text) =>
        options.waitForFunction(
          (t) => document.querySelector('[data-testid="sites-status"]')?.textContent.includes(t),
          { timeout: 10_000 },
          text,
        );
      await says('Added news.example.com');
      const on = await openTab(env.ff, OTHER_SITE);
      assert.equal(await badgeText(env.ff, on.tabId, 'NEWS'), 'NEWS', 'detection runs on the added site');
      await on.page.close();

      await options.click('[data-testid="remove-site"]');
      await says('Removed news.example.com');
      const contains = () =>
        env.ff.inspector.evaluate(() => browser.permissions.contains({ origins: ['*://news.example.com/*'] }));
      assert.equal(await contains(), false, 'the permission was given back');
      const off = await openTab(env.ff, OTHER_SITE);
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(await badgeText(env.ff, off.tabId, '', 1000), '', 'detection stopped on the removed site');
      await off.page.close();
      await options.close();
    });
  });
}
