// Copy citation and Copy as Markdown in the built extension: a fixture page is clipped, opened in the reader (the
// toolbar popup's layout and the tab's), each button clicked, and the clipboard read back by pasting it (Ctrl+V) into
// a text box: Chromium grants no clipboard-read to an extension's origin ("opaque"), and the extension asks for none.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openTab, useBrowser, clipInPopup } from './browser.mjs';
import { startSiteServer } from './site-server.mjs';
import { axeViolations } from './axe.mjs';

const URL = 'http://news.xjtu.edu.cn/2021/0408/c1033a140512/page.htm';
const TITLE = '【125校庆】西安交通大学举行“产教融合、协同育人”创新工程启动大会';
const env = useBrowser({ before, after }, startSiteServer);
const origin = () => `chrome-extension://${env.browser.extensionId}`;

/** The reader of the one clipped article, in the popup's layout or the tab's. */
async function openReader(layout) {
  const p = await env.browser.ctx.newPage();
  await p.goto(`${origin()}/popup.html${layout === 'tab' ? '?layout=tab' : ''}`);
  await p.getByTestId('article-item').first().waitFor({ timeout: 10_000 });
  await p.getByTestId('article-item').first().getByRole('button', { name: TITLE }).click();
  await p.getByTestId('reader').waitFor({ timeout: 5_000 });
  return p;
}

/** What the clipboard holds after `button` is clicked and the status says `said`: pasted into a text box, then removed. */
async function copied(p, button, said) {
  await p.getByRole('button', { name: button }).click();
  await p.getByTestId('copy-status').filter({ hasText: said }).waitFor({ timeout: 5_000 });
  await p.evaluate(() => {
    const box = document.body.appendChild(document.createElement('textarea'));
    box.id = 'paste-box';
    box.setAttribute('aria-label', 'paste');
    box.focus();
  });
  await p.keyboard.press('Control+V');
  return p.locator('#paste-box').evaluate((box) => {
    box.remove();
    return box.value;
  });
}

describe('copy citation and Markdown from the reader', { timeout: 120_000 }, () => {
  it('clips the seed page, then copies its citation (popup) and its Markdown (tab), the reader staying axe-clean', async () => {
    const { page: tab, tabId } = await openTab(env.browser.ctx, env.browser.sw, URL);
    const popup = await env.browser.ctx.newPage();
    await popup.goto(`${origin()}/popup.html?tabId=${tabId}`);
    await clipInPopup(popup);
    await popup.close();
    await tab.close();

    const p = await openReader('popup');
    const today = await p.evaluate(() => new Date().toLocaleDateString('sv'));
    assert.equal(
      await copied(p, 'Copy citation', 'Citation copied (GB/T 7714—2015)'),
      `王海. ${TITLE}[EB/OL]. 西安交通大学新闻网, (2021-04-08)[${today}]. ${URL}.`,
    );
    assert.deepEqual(await axeViolations(p), []);
    await p.close();

    const wide = await openReader('tab');
    const md = await copied(wide, 'Copy as Markdown', 'Article copied as Markdown');
    assert.ok(
      md.startsWith(`# ${TITLE}\n\n- Published: 2021-04-08 23:00\n- Site: 西安交通大学新闻网\n`),
      md.slice(0, 300),
    );
    assert.match(md, /\n!\[[^\]]*\]\(http:\/\/news\.xjtu\.edu\.cn\/[^)]+\)\n/);
    assert.match(md, /\n\*\*深化产教融合 促进协同育人\*\*\n/);
    assert.doesNotMatch(md, /<script|javascript:|onerror/i);
    assert.deepEqual(await axeViolations(wide), []);
    await wide.close();
  });
});
