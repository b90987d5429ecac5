// The popup's layout in the built extension, in English and in Chinese (review of session 26, findings 9 and 10):
// an article with a long unbroken title and tag widens neither the popup nor the reader; the column panel and the
// New view are set in from the edges, the item count stands apart from its button, the items scroll in a box of
// their own so the library stays in view, and the New toggle is a button, not a bare full-width bar.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSiteServer } from './site-server.mjs';
import { launch, openTab } from './browser.mjs';
import { axeViolations } from './axe.mjs';

/** One article whose title, tag and university are long unbroken words (the reviewer's file). */
const LONG = resolve(import.meta.dirname, '../fixtures/long-words-export.json');
/** A column page with 20 items. */
const COLUMN = 'http://news.xjtu.edu.cn/jdyw.htm';
/** The popup's width (style.css: body min-width) and a popup's usual height. */
const WIDTH = 380;
const HEIGHT = 600;

const box = (locator) => locator.evaluate((e) => e.getBoundingClientRect().toJSON());
const pageWidth = (p) => p.evaluate(() => document.documentElement.scrollWidth);

for (const locale of ['en-US', 'zh-CN']) {
  describe(`layout (${locale})`, { timeout: 120_000 }, () => {
    let browser;
    let site;
    before(async () => {
      site = await startSiteServer();
      browser = await launch({ proxyPort: site.port, locale });
    });
    after(async () => {
      await browser?.close();
      site?.server.close();
    });
    const popup = async (q = '', width = WIDTH) => {
      const p = await browser.ctx.newPage();
      await p.setViewportSize({ width, height: HEIGHT });
      await p.goto(`chrome-extension://${browser.extensionId}/popup.html${q}`);
      return p;
    };

    it('a long unbroken title, tag and menu option widen neither the popup nor the reader', async () => {
      const p = await popup();
      await p.getByTestId('count').waitFor();
      await p.getByTestId('import').setInputFiles(LONG);
      await p.getByTestId('article-item').waitFor({ timeout: 20_000 });
      // The tag menu offers the long tag: still no wider than the popup.
      await p.getByTestId('filter-tag').locator('option').nth(1).waitFor({ state: 'attached' });
      assert.equal(await pageWidth(p), WIDTH, 'the list');
      assert.ok((await box(p.getByTestId('filter-tag'))).right <= WIDTH);
      await p.getByTestId('article-item').locator('button.article-title').click();
      await p.getByTestId('reader').locator('.tags li').waitFor();
      assert.equal(await pageWidth(p), WIDTH, 'the reader');
      // The whole title and tag are there to read, wrapped inside the popup.
      const title = p.locator('#reader-title');
      assert.match(await title.innerText(), /^(Supercalifragilisticexpialidocious\s*)+/);
      assert.ok((await box(title)).right <= WIDTH);
      assert.ok((await box(p.getByTestId('reader').locator('.tags li'))).right <= WIDTH);
      await p.close();

      // The library tab: the reader keeps to its column, the page does not scroll sideways.
      const tab = await popup('?layout=tab', 1000);
      await tab.getByTestId('article-item').locator('button.article-title').click();
      await tab.getByTestId('reader').locator('.tags li').waitFor();
      assert.equal(await pageWidth(tab), 1000);
      assert.deepEqual(await axeViolations(tab), []);
      await tab.close();
    });

    it('the column panel is set in, its count apart from the button, its items in a box that leaves the library in view', async () => {
      const { page, tabId } = await openTab(browser.ctx, browser.sw, COLUMN);
      const p = await popup(`?tabId=${tabId}`);
      await p.getByTestId('follow').waitFor({ timeout: 10_000 });
      assert.equal(await p.getByTestId('column-item').count(), 20);
      const name = await box(p.locator('#column-name'));
      const count = await box(p.locator('.column-panel .column-head .hint'));
      const follow = await box(p.getByTestId('follow'));
      assert.ok(name.left >= 12, `the heading is set in from the edge (left ${name.left})`);
      assert.ok(count.right + 4 <= follow.left || count.bottom <= follow.top, 'the count does not run into the button');
      assert.ok((await box(p.locator('.column-items'))).height <= 200, 'the items scroll in a box');
      assert.ok((await box(p.getByTestId('search'))).bottom <= HEIGHT, 'the library is in view');
      assert.equal(await pageWidth(p), WIDTH);
      assert.deepEqual(await axeViolations(p), []);

      // Followed: the New toggle is a button of its own size, and the New view is set in like the panel.
      await p.getByTestId('follow').click();
      const toggle = p.getByTestId('inbox');
      await toggle.waitFor();
      const t = await box(toggle);
      assert.ok(t.left >= 12 && t.width < WIDTH / 2, `the New toggle is a button (left ${t.left}, width ${t.width})`);
      await toggle.click();
      await p.locator('#inbox-title').waitFor();
      assert.ok((await box(p.locator('#inbox-title'))).left >= 12);
      assert.equal(await pageWidth(p), WIDTH);
      assert.deepEqual(await axeViolations(p), []);
      await p.close();
      await page.close();
    });
  });
}
