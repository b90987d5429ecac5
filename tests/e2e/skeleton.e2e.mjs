// The walking skeleton as a user takes it, in the built extension and real Chromium:
// seed page at its real address → badge → clip → listed → export → the JSON is right.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSiteServer } from './site-server.mjs';
import { badgeText, openTab, useBrowser } from './browser.mjs';

const SEED = 'http://news.xjtu.edu.cn/info/1033/140512.htm';
const LAKESIDE = 'http://news.lakeside.edu/news/new-robot-does-superior-job-sampling-blood';
const env = useBrowser({ before, after }, startSiteServer);
let popup;

async function openPopup(tabId) {
  popup ??= await env.browser.ctx.newPage();
  await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Open the page, press Clip in the popup for its tab, wait for the status to say `expect`. */
async function clipPage(url, expect) {
  const { page, tabId } = await openTab(env.browser.ctx, env.browser.sw, url);
  const p = await openPopup(tabId);
  await p.getByTestId('clip').click();
  await p.getByTestId('status').filter({ hasText: expect }).waitFor({ timeout: 10_000 });
  return { page, tabId, p };
}

/** Wait until the list's first article contains `text` (rows load just after the count changes). */
async function firstItem(page, text) {
  await page.waitForFunction(
    (t) => document.querySelector('[data-testid="article-item"]')?.textContent.includes(t),
    text,
    { timeout: 5_000 },
  );
}

async function exportJson(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 10_000 }),
    page.getByTestId('export').click(),
  ]);
  return JSON.parse(readFileSync(await download.path(), 'utf-8'));
}

describe('walking skeleton', { timeout: 120_000 }, () => {
  let seedTab;

  it('marks the seed article with a badge', async () => {
    seedTab = await openTab(env.browser.ctx, env.browser.sw, SEED);
    assert.notEqual(await badgeText(env.browser.sw, seedTab.tabId, 'NEWS'), '');
  });

  it('shows no badge on the list page and home page of the same site', async () => {
    for (const url of ['http://news.xjtu.edu.cn/jdyw.htm', 'http://news.xjtu.edu.cn/']) {
      const { page, tabId } = await openTab(env.browser.ctx, env.browser.sw, url);
      await new Promise((r) => setTimeout(r, 500)); // the detector has reported by now (it runs at idle)
      assert.equal(await badgeText(env.browser.sw, tabId, '', 1000), '', url);
      await page.close();
    }
  });

  it('runs nothing on a page off university sites', async () => {
    const { page, tabId } = await openTab(
      env.browser.ctx,
      env.browser.sw,
      'http://news.example.com/2021/04/08/story.html',
    );
    assert.equal(await badgeText(env.browser.sw, tabId, '', 1000), '');
    const ran = await env.browser.sw.evaluate(async (id) => {
      try {
        await chrome.scripting.executeScript({ target: { tabId: id }, func: () => 1 });
        return 'had access';
      } catch {
        return 'no access';
      }
    }, tabId);
    assert.equal(ran, 'no access', 'the extension must hold no permission on other sites');
    await page.close();
  });

  it('keeps a watch list in the options page', async () => {
    const options = await env.browser.ctx.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.getByTestId('watch-list').fill('王树国 = 王校长\n强基计划');
    await options.getByTestId('save-watch-list').click();
    await options.getByTestId('save-watch-list').filter({ hasText: 'Saved' }).waitFor({ timeout: 5_000 });
    await options.close();
  });

  it('clips the seed article: saved, listed at the top, counted', async () => {
    const p = await openPopup(seedTab.tabId);
    await p.getByTestId('clip').click();
    await p
      .getByTestId('status')
      .filter({ hasText: /^Saved/ })
      .waitFor({ timeout: 10_000 });
    const first = p.getByTestId('article-item').first();
    assert.match(await first.innerText(), /创新工程启动大会/);
    assert.match(await first.locator('.tags').innerText(), /王树国/, 'the watched name became a tag');
    assert.match(await p.getByTestId('count').innerText(), /\b1\b/);
    assert.equal(await badgeText(env.browser.sw, seedTab.tabId, '✓'), '✓', 'the toolbar icon says the page is saved');
    // Opened again, a saved page still shows it.
    await seedTab.page.reload();
    assert.equal(await badgeText(env.browser.sw, seedTab.tabId, '✓'), '✓');
  });

  it('shows the clip for review, says where each field came from, and saves a correction', async () => {
    const review = popup.getByTestId('clip-review');
    assert.equal(
      await review.getByTestId('field-title').inputValue(),
      '【125校庆】西安交通大学举行“产教融合、协同育人”创新工程启动大会',
    );
    assert.equal(await review.getByTestId('field-publishedAt').inputValue(), '2021-04-08T23:00:00+08:00');
    assert.equal(await review.getByTestId('field-views').inputValue(), '9906');
    const dateLabel = review.locator('label', { has: popup.getByTestId('field-publishedAt') });
    assert.match(await dateLabel.getAttribute('title'), /the label “日期：”/);
    await review.getByTestId('field-views').fill('lots');
    await review.getByTestId('save-corrections').click();
    await popup.getByTestId('status').filter({ hasText: 'does not look right' }).waitFor({ timeout: 5_000 });
    await review.getByTestId('field-views').fill('9906');
    await review.getByTestId('field-source').fill('党委宣传部');
    await review.getByTestId('save-corrections').click();
    await popup.getByTestId('status').filter({ hasText: 'Corrections saved' }).waitFor({ timeout: 5_000 });
  });

  it('clips an English university page too, which then sits at the top', async () => {
    const { tabId } = await openTab(env.browser.ctx, env.browser.sw, LAKESIDE);
    assert.notEqual(await badgeText(env.browser.sw, tabId, 'NEWS'), '');
    const p = await openPopup(tabId);
    await p.getByTestId('clip').click();
    await p
      .getByTestId('status')
      .filter({ hasText: /^Saved/ })
      .waitFor({ timeout: 10_000 });
    // The list follows the collection live: wait for it rather than read it the instant the status changes.
    await firstItem(p, 'New Robot Does Superior Job Sampling Blood');
    await p.getByTestId('count').filter({ hasText: /\b2\b/ }).waitFor({ timeout: 5_000 });
  });

  it('exports JSON in the contract format with the right fields', async () => {
    const file = await exportJson(popup);
    assert.equal(file.format, 'campus-news-clips');
    assert.equal(file.version, 3);
    assert.equal(file.articles.length, 2);
    const seed = file.articles.find((a) => a.url === SEED);
    assert.equal(seed.title, '【125校庆】西安交通大学举行“产教融合、协同育人”创新工程启动大会');
    assert.equal(seed.publishedAt, '2021-04-08T23:00:00+08:00');
    assert.equal(seed.views, 9906);
    assert.equal(seed.source, '党委宣传部', 'the correction made in the review is kept');
    assert.deepEqual(
      seed.entities.find((e) => e.text === '卢建军'),
      { text: '卢建军', kind: 'person', role: '党委书记', count: 2 },
    );
    assert.ok(seed.entities.some((e) => e.text === '“6352”工程' && e.kind === 'program'));
    assert.ok(seed.textContent.startsWith('4月8日，在西安交通大学建校125周年'), seed.textContent.slice(0, 40));
    for (const furniture of [
      '最新新闻',
      '上一条',
      '下一条',
      '打印本页',
      '关闭窗口',
      '版权所有',
      '交大要闻',
      '综合新闻',
      '字体大小',
    ]) {
      assert.ok(!seed.textContent.includes(furniture), `body contains "${furniture}"`);
      assert.ok(!seed.contentHtml.includes(furniture), `html contains "${furniture}"`);
    }
    const en = file.articles.find((a) => a.url === LAKESIDE);
    assert.equal(en.title, 'New Robot Does Superior Job Sampling Blood');
    assert.equal(en.publishedAt?.slice(0, 10), '2020-02-05');
    assert.equal(en.lang, 'en');
  });

  it('options page shows the collection size and the date of the last export', async () => {
    const options = await env.browser.ctx.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options
      .getByTestId('collection-size')
      .filter({ hasText: /\b2 articles/ })
      .waitFor({ timeout: 5_000 });
    const today = await options.evaluate(() => new Date().toLocaleDateString());
    assert.ok(
      (await options.getByTestId('last-export').innerText()).includes(today),
      'the export just made is remembered',
    );
    await options.close();
  });

  it('says plainly that a list page or an empty page has no article, and saves nothing', async () => {
    for (const url of ['http://news.xjtu.edu.cn/jdyw.htm', 'http://news.xjtu.edu.cn/info/1033/1.htm']) {
      const { page, p } = await clipPage(url, 'No article found');
      assert.match(await p.getByTestId('count').innerText(), /\b2\b/);
      await page.close();
    }
  });

  it('imports its own export back without duplicating anything', async () => {
    const file = await exportJson(popup);
    await popup
      .getByTestId('import')
      .setInputFiles({ name: 'clips.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await popup.getByTestId('status').filter({ hasText: 'Imported 0 articles' }).waitFor({ timeout: 10_000 });
    assert.match(await popup.getByTestId('count').innerText(), /\b2\b/);
    await popup
      .getByTestId('import')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{nope') });
    await popup.getByTestId('status').filter({ hasText: 'not JSON' }).waitFor({ timeout: 10_000 });
    assert.match(await popup.getByTestId('count').innerText(), /\b2\b/);
  });

  it('reads an article with its people and programs highlighted', async () => {
    await popup.getByTestId('article-item').filter({ hasText: '创新工程启动大会' }).click();
    const reader = popup.getByTestId('reader');
    await reader.waitFor({ timeout: 5_000 });
    assert.ok((await reader.locator('mark[data-kind="person"]').allInnerTexts()).includes('卢建军'));
    assert.ok(
      (await reader.locator('.reader-body mark[data-kind="program"]').allInnerTexts()).includes('未来技术学院'),
    );
    await reader.getByRole('button', { name: /Back to the list/ }).click();
    await popup.getByTestId('article-item').first().waitFor({ timeout: 5_000 });
  });

  it("shows a person's timeline: clicking a name lists every clip that mentions it", async () => {
    await popup.getByTestId('article-item').filter({ hasText: '创新工程启动大会' }).click();
    await popup.getByTestId('entity-chip').filter({ hasText: '卢建军' }).click();
    await popup.getByTestId('count').filter({ hasText: /\b1\b/ }).waitFor({ timeout: 5_000 });
    assert.equal(await popup.getByTestId('filter-name').inputValue(), '卢建军');
    assert.equal(await popup.getByTestId('sort').inputValue(), 'published');
    await firstItem(popup, '创新工程启动大会');
  });

  it('searches in Chinese and English', async () => {
    await popup.getByTestId('clear-filters').click();
    await popup.getByTestId('search').fill('卢建军');
    await popup.getByTestId('count').filter({ hasText: /\b1\b/ }).waitFor({ timeout: 5_000 });
    await firstItem(popup, '创新工程');
    await popup.getByTestId('search').fill('robot');
    await popup.getByTestId('article-item').filter({ hasText: 'Robot' }).waitFor({ timeout: 5_000 });
    assert.equal(await popup.getByTestId('article-item').count(), 1);
    assert.match(await popup.getByTestId('count').innerText(), /\b1\b/);
  });

  // Last: it adds two more clips.
  it('reads pages whose charset declaration lies, both ways', async () => {
    for (const url of [
      'http://news.xjtu.edu.cn/info/1033/140513.htm',
      'http://news.xjtu.edu.cn/info/1033/140514.htm',
    ]) {
      const { page, p } = await clipPage(url, /^Saved/);
      assert.equal(
        await p.getByTestId('field-title').inputValue(),
        '【125校庆】西安交通大学举行“产教融合、协同育人”创新工程启动大会',
        url,
      );
      await page.close();
    }
  });
});
