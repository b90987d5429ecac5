// The walking skeleton in real Firefox (firefox-esr, headless) with the built MV2 add-on installed:
// seed page at its real address → badge → watch list → clip in the popup page → export → the downloaded JSON is
// right → import it back.
// How the popup page is opened, and why that is honest: see the note at the top of ./firefox.mjs.
/* global browser -- the WebExtension API, in the extension pages where page.evaluate runs these functions */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
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

if (!hasFirefox()) {
  // Say so and fail: a machine without Firefox must not look like a green Firefox run.
  it('needs firefox-esr', () => assert.fail(MISSING_FIREFOX));
} else {
  const env = useFirefox({ before, after }, startSiteServer);

  describe('walking skeleton in Firefox', { timeout: 120_000 }, () => {
    let seed;
    let popup;
    let exported;

    it('marks the seed article with a badge', async () => {
      seed = await openTab(env.ff, SEED);
      assert.ok(seed.tabId, 'the new tab is visible to the add-on');
      assert.equal(await badgeText(env.ff, seed.tabId, 'NEWS'), 'NEWS');
    });

    it('badges again after a reload and follows a single-page site’s navigations', async () => {
      const { page, tabId } = await openTab(env.ff, 'http://news.listening.edu/2025/04/lab-opens.html');
      assert.equal(await badgeText(env.ff, tabId, 'NEWS'), 'NEWS');
      await page.reload({ waitUntil: 'load' });
      assert.equal(await badgeText(env.ff, tabId, 'NEWS'), 'NEWS', 'after a reload');
      await page.evaluate(() => history.pushState(null, '', '/'));
      assert.equal(await badgeText(env.ff, tabId, '', 2000), '', 'after pushState to the home');
      await page.evaluate(() => history.pushState(null, '', '/2025/04/lab-opens.html'));
      assert.equal(await badgeText(env.ff, tabId, 'NEWS'), 'NEWS', 'after pushState back to the article');
      await page.close();
    });

    it('marks an article only the walk settles (no labelled date by its headline)', async () => {
      const { page, tabId } = await openTab(
        env.ff,
        'http://www.example.ac.uk/news/new-centre-for-climate-research-opens',
      );
      assert.equal(await badgeText(env.ff, tabId, 'NEWS'), 'NEWS');
      await page.close();
    });

    it('shows no badge on the list page of the same site', async () => {
      const { page, tabId } = await openTab(env.ff, 'http://news.xjtu.edu.cn/jdyw.htm');
      await new Promise((r) => setTimeout(r, 500)); // the detector has reported by now (it runs at idle)
      assert.equal(await badgeText(env.ff, tabId, '', 1000), '');
      await page.close();
    });

    it('holds no permission on a page off university sites', async () => {
      const { page, tabId } = await openTab(env.ff, 'http://news.example.com/2021/04/08/story.html');
      assert.equal(await badgeText(env.ff, tabId, '', 1000), '');
      const access = (id) =>
        env.ff.inspector.evaluate(async (id) => {
          try {
            await browser.scripting.executeScript({ target: { tabId: id }, func: () => 1 });
            return 'had access';
          } catch {
            return 'no access';
          }
        }, id);
      assert.equal(await access(tabId), 'no access', 'the add-on must hold no permission on other sites');
      assert.equal(await access(seed.tabId), 'had access', 'the same call works on a university page');
      await page.close();
    });

    it('keeps a watch list in the options page (synced storage)', async () => {
      const options = await env.ff.browser.newPage();
      await openExtensionPage(env.ff, options, 'options.html');
      await options.type('[data-testid="watch-list"]', '王树国 = 王校长');
      await options.click('[data-testid="save-watch-list"]');
      await options.waitForFunction(
        () => document.querySelector('[data-testid="save-watch-list"]')?.textContent === 'Saved',
        { timeout: 5_000 },
      );
      await options.close();
    });

    // Firefox grants the persistent-storage permission with unlimitedStorage: the row says the collection is safe.
    it('the options page says the collection is protected from cleanup, and Firefox has made it persistent', async () => {
      const options = await env.ff.browser.newPage();
      await openExtensionPage(env.ff, options, 'options.html');
      await options.waitForFunction(
        () => document.querySelector('[data-testid="durable"]')?.textContent.startsWith('yes:'),
        { timeout: 5_000 },
      );
      assert.equal(await options.evaluate(() => navigator.storage.persisted()), true);
      await options.close();
    });

    it('clips the seed article from the popup page: saved, listed, counted', async () => {
      popup = await env.ff.browser.newPage();
      await openExtensionPage(env.ff, popup, `popup.html?tabId=${seed.tabId}`);
      await popup.click('[data-testid="clip"]');
      await popup.waitForFunction(
        () => /^Saved/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''),
        { timeout: 15_000 },
      );
      await popup.waitForFunction(
        (t) => document.querySelector('[data-testid="article-item"]')?.textContent.includes(t),
        { timeout: 5_000 },
        '创新工程启动大会',
      );
      assert.match(await popup.$eval('[data-testid="count"]', (e) => e.textContent), /\b1\b/);
      const tags = await popup.$eval('[data-testid="article-item"] .tags', (e) => e.textContent);
      assert.match(tags, /王树国/, 'the watched name became a tag');
    });

    it('exports JSON with the right title, date, views and body', async () => {
      await popup.click('[data-testid="export"]');
      const file = await nextDownload(env.ff);
      assert.equal(file.format, 'campus-news-clips');
      assert.equal(file.articles.length, 1);
      const [a] = file.articles;
      assert.equal(a.url, SEED);
      assert.equal(a.title, SEED_TITLE);
      assert.equal(a.publishedAt, '2021-04-08T23:00:00+08:00');
      assert.equal(a.views, 9906);
      assert.ok(a.textContent.startsWith('4月8日，在西安交通大学建校125周年'), a.textContent.slice(0, 40));
      for (const furniture of ['最新新闻', '上一条', '下一条', '打印本页', '关闭窗口', '版权所有', '字体大小']) {
        assert.ok(!a.textContent.includes(furniture), `body contains "${furniture}"`);
      }
      assert.ok(
        a.entities.some((e) => e.text === '卢建军' && e.kind === 'person'),
        'the people were found in Firefox too',
      );
      exported = file;
    });

    it('imports its own export back without duplicating, and refuses a broken file in plain words', async () => {
      const dir = mkdtempSync(resolve(tmpdir(), 'cnc-ff-import-'));
      try {
        const good = resolve(dir, 'clips.json');
        const bad = resolve(dir, 'bad.json');
        writeFileSync(good, JSON.stringify(exported));
        writeFileSync(bad, '{nope');
        for (const [file, says] of [
          [good, 'Imported 0 articles'],
          [bad, 'not JSON'],
        ]) {
          await (await popup.$('[data-testid="import"]')).uploadFile(file);
          await popup.waitForFunction(
            (t) => document.querySelector('[data-testid="status"]')?.textContent.includes(t),
            { timeout: 10_000 },
            says,
          );
          assert.match(await popup.$eval('[data-testid="count"]', (e) => e.textContent), /\b1\b/);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
