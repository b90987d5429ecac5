// Clipping pages of five CMS families in two languages (and traditional Chinese) at their addresses, through the
// built extension in Chromium (issue #11): VSB and WebPlus (Chinese), WordPress and Drupal (English), a table-layout
// Hong Kong page (traditional Chinese). Each is detected, clipped from the popup, and exported with its fields.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSiteServer } from './site-server.mjs';
import { badgeText, openTab, useBrowser, clipInPopup } from './browser.mjs';

/** Address → what the export must say (golden answers, the same as the unit tests' for these pages). */
const PAGES = {
  'http://news.xjtu.edu.cn/info/1033/140512.htm': {
    title: '【125校庆】西安交通大学举行“产教融合、协同育人”创新工程启动大会',
    day: '2021-04-08',
    views: 9906,
  },
  'http://news.xjtu.edu.cn/2021/0408/c1033a140512/page.htm': {
    title: '【125校庆】西安交通大学举行“产教融合、协同育人”创新工程启动大会',
    day: '2021-04-08',
  },
  'http://news.example.edu/2024/11/25/robotics-team-wins-national-title/': {
    title: 'Robotics team wins national title',
    day: '2024-11-25',
    // The figure's caption, closed by its credit, is not body (as in tests/unit/cms-family-pages.test.ts).
    starts: /^A team of eight undergraduates/,
    ends: /has won it\.$/,
  },
  'http://www.example.ac.uk/news/new-centre-for-climate-research-opens': {
    title: 'New centre for climate research opens',
    day: '2023-06-14',
    starts: /^The university opened its new Centre for Climate Research/,
  },
  'http://www.example.edu.hk/news/2024/0512/c123a456/page.htm': {
    title: '本校研究團隊研發新型海水淡化技術',
    day: '2024-05-12',
    views: 1234,
    source: '傳訊及公共關係處',
    starts: /^香港範例大學工程學院研究團隊/,
    ends: /可持續發展的研究。$/,
  },
};

const env = useBrowser({ before, after }, startSiteServer);

describe('CMS families at their addresses', { timeout: 180_000 }, () => {
  it('detects and clips each page, and the export holds its headline, date, views, source and body', async () => {
    const popup = await env.browser.ctx.newPage();
    for (const url of Object.keys(PAGES)) {
      const { page, tabId } = await openTab(env.browser.ctx, env.browser.sw, url);
      assert.equal(await badgeText(env.browser.sw, tabId, 'NEWS'), 'NEWS', `detected: ${url}`);
      await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tabId=${tabId}`);
      await clipInPopup(popup);
      await page.close();
    }
    const [download] = await Promise.all([
      popup.waitForEvent('download', { timeout: 10_000 }),
      popup.getByTestId('export').click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf-8'));
    const byUrl = Object.fromEntries(file.articles.map((a) => [a.url, a]));
    for (const [url, want] of Object.entries(PAGES)) {
      const got = byUrl[url];
      assert.ok(got, `clipped: ${url}`);
      assert.equal(got.title, want.title, url);
      assert.equal(got.publishedAt?.slice(0, 10), want.day, url);
      if (want.views) assert.equal(got.views, want.views, url);
      if (want.source) assert.equal(got.source, want.source, url);
      if (want.starts) assert.match(got.textContent, want.starts, url);
      if (want.ends) assert.match(got.textContent.trimEnd(), want.ends, url);
    }
    await popup.close();
  });
});
