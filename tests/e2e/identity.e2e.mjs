// Issue #16, end to end: a page on another site whose canonical URL names an article already clipped does not
// overwrite it; two extension pages adding tags to one article a moment apart keep both tags.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { openTab, useBrowser, clipInPopup } from './browser.mjs';

const VICTIM = 'http://news.victim.edu.cn/info/1/1.htm';
const ATTACKER = 'http://news.attacker.edu/story.htm';
const body = (n) =>
  Array.from(
    { length: 6 },
    (_, i) => `<p>第${i + 1}段：${n}学校举行学术交流活动，师生代表参加会议并深入讨论，取得积极成果。</p>`,
  ).join('');
const PAGES = {
  [VICTIM]: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>受害者文章-测试大学新闻网</title>
<link rel="canonical" href="${VICTIM}"></head><body><h1>受害者文章</h1><div>发布时间：2024-05-01 10:00</div>${body('甲')}</body></html>`,
  [ATTACKER]: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Attacker story</title>
<link rel="canonical" href="${VICTIM}"></head><body><h1>Attacker story</h1><div>Posted on May 2, 2024</div>${body('乙')}</body></html>`,
};

function startServer() {
  const server = createServer((req, res) =>
    PAGES[req.url]
      ? res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGES[req.url])
      : res.writeHead(404).end(),
  );
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, port: server.address().port, requests: [] })),
  );
}

const env = useBrowser({ before, after }, startServer);
const popupUrl = (q) => `chrome-extension://${env.browser.extensionId}/popup.html${q}`;

async function clip(url) {
  const { tabId } = await openTab(env.browser.ctx, env.browser.sw, url);
  const p = await env.browser.ctx.newPage();
  await p.goto(popupUrl(`?tabId=${tabId}`));
  await clipInPopup(p);
  return p;
}

async function exported(p) {
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export').click()]);
  return JSON.parse(readFileSync(await download.path(), 'utf-8'));
}

describe('identity and concurrent edits', () => {
  it('a page on another site naming a clipped article as canonical does not overwrite it', async () => {
    await clip(VICTIM);
    const p = await clip(ATTACKER);
    const file = await exported(p);
    const victim = file.articles.find((a) => a.url === VICTIM);
    assert.equal(victim?.title, '受害者文章', 'the victim’s clip is intact');
    assert.ok(
      file.articles.some((a) => a.url === ATTACKER && a.title === 'Attacker story'),
      'the other page is its own clip',
    );
    assert.equal(file.articles.length, 2);
  });

  it('the popup and the library tab each add a tag to one article: both tags are kept', async () => {
    const open = async (q) => {
      const p = await env.browser.ctx.newPage();
      await p.goto(popupUrl(q));
      await p.getByTestId('article-item').filter({ hasText: '受害者文章' }).first().click();
      await p.getByTestId('reader').waitFor();
      return p;
    };
    const [a, b] = [await open(''), await open('?layout=tab')];
    for (const [p, tag] of [
      [a, '窗口一'],
      [b, '窗口二'],
    ]) {
      await p.getByTestId('reader').getByTestId('tag-input').fill(tag);
      await p.getByTestId('reader').getByTestId('add-tag').click();
    }
    await a.waitForTimeout(500);
    const victim = (await exported(a)).articles.find((x) => x.url === VICTIM);
    assert.deepEqual([...victim.tags].sort(), ['窗口一', '窗口二']);
  });
});
