// Re-clipping keeps versions (issue 14), in the built extension: a page is clipped, its headline and a paragraph
// change on the server, it is clipped again (once more at its address with ?utm_source=x): one article, one
// earlier version, and the reader shows what changed, old and new text marked.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { openTab, useBrowser } from './browser.mjs';

const URL_A = 'http://news.versions.edu.cn/info/1033/7.htm';
const OLD_HEADLINE = '学校举行创新工程启动大会';
const NEW_HEADLINE = '学校隆重举行创新工程启动大会';
const OLD_PARA = '党委书记卢建军主持会议并讲话。';
const NEW_PARA = '党委书记卢建军主持大会并作动员讲话。';
/** What the server serves now; changed between clips. */
const page = { headline: OLD_HEADLINE, para: OLD_PARA };

const html =
  () => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${page.headline}-测试大学新闻网</title></head>
<body><h1>${page.headline}</h1><div>发布时间：2024-05-01 10:00</div><div id="c"><p>${page.para}</p>
${Array.from({ length: 6 }, (_, i) => `<p>第${i + 1}段：学校举行学术交流活动，师生代表参加会议并进行了深入讨论，取得了积极成果。</p>`).join('')}
</div></body></html>`;

/** A proxy that serves the one page at its address, whatever its query (tracking parameters). */
function startServer() {
  const server = createServer((req, res) => {
    if (req.url.split('?')[0] === URL_A) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html());
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, port: server.address().port })));
}

const env = useBrowser({ before, after }, startServer);
const popupUrl = (q = '') => `chrome-extension://${env.browser.extensionId}/popup.html${q}`;

/** Clip the page at `url` from the popup; returns the status line's text. */
async function clip(url) {
  const { page: tab, tabId } = await openTab(env.browser.ctx, env.browser.sw, url);
  const p = await env.browser.ctx.newPage();
  await p.goto(popupUrl(`?tabId=${tabId}`));
  await p.getByTestId('clip').click();
  const status = p.getByTestId('status').filter({ hasText: /^(Saved|Updated)/ });
  await status.waitFor({ timeout: 15_000 });
  const text = await status.innerText();
  await p.close();
  await tab.close();
  return text;
}

describe('re-clipping keeps versions', { timeout: 180_000 }, () => {
  it('clip, change the page, clip again (and at a tracking address): one article, one earlier version, the diff shown', async () => {
    assert.match(await clip(URL_A), /^Saved/);
    page.headline = NEW_HEADLINE;
    page.para = NEW_PARA;
    assert.match(await clip(URL_A), /^Updated/);
    // The same page at a tracking address, unchanged since: the same article, and no new version.
    assert.match(await clip(`${URL_A}?utm_source=x`), /^Updated/);

    const library = await env.browser.ctx.newPage();
    await library.goto(popupUrl('?layout=tab'));
    await library
      .getByTestId('count')
      .filter({ hasText: /(^|\D)1(\D|$)/ })
      .waitFor({ timeout: 5_000 });
    assert.equal(await library.getByTestId('article-item').count(), 1);
    await library.getByTestId('article-item').first().click();
    const reader = library.getByTestId('reader');
    await reader.getByTestId('versions-count').waitFor({ timeout: 5_000 });
    assert.equal(await reader.getByTestId('versions-count').innerText(), '1 earlier version');
    assert.equal(await reader.locator('#reader-title').innerText(), NEW_HEADLINE);
    await reader.getByTestId('versions-count').click();
    const title = await reader.getByTestId('diff-title').innerText();
    assert.match(title, new RegExp(`${OLD_HEADLINE}\\s*→\\s*${NEW_HEADLINE}`));
    const body = reader.getByTestId('diff-body');
    const removed = (await body.locator('del').allInnerTexts()).join('');
    const added = (await body.locator('ins').allInnerTexts()).join('');
    const changed = await body.locator('.diff-para').first().innerText();
    // The changed sentence, with what left and what came in marked; the old and the new text both readable.
    assert.ok(removed.length > 0 && added.length > 0, `${removed} / ${added}`);
    assert.equal(changed.replace(added, ''), OLD_PARA);
    assert.equal(changed.replace(removed, ''), NEW_PARA);
    assert.equal(await body.locator('.diff-gap').count(), 1);
    // The earlier version's own text, sanitized, is there too (folded until opened).
    assert.match(await reader.locator('.version-text .reader-body').textContent(), new RegExp(OLD_PARA));
    await library.close();
  });
});
