// Re-clipping keeps versions (issue 14), in the built extension: a page is clipped, its headline and a paragraph
// change on the server, it is clipped again (once more at its address with ?utm_source=x): one article, one
// earlier version, and the reader shows what changed, old and new text marked.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  NEW_HEADLINE,
  NEW_PARA,
  OLD_HEADLINE,
  OLD_PARA,
  URL_A,
  served,
  startVersionsServer,
} from '../fixtures/versions-page.mjs';
import { openTab, useBrowser, clipInPopup } from './browser.mjs';

const env = useBrowser({ before, after }, startVersionsServer);
const popupUrl = (q = '') => `chrome-extension://${env.browser.extensionId}/popup.html${q}`;

/** Clip the page at `url` from the popup; returns the status line's text. */
async function clip(url) {
  const { page: tab, tabId } = await openTab(env.browser.ctx, env.browser.sw, url);
  const p = await env.browser.ctx.newPage();
  await p.goto(popupUrl(`?tabId=${tabId}`));
  const status = await clipInPopup(p);
  const text = await status.innerText();
  await p.close();
  await tab.close();
  return text;
}

describe('re-clipping keeps versions', { timeout: 180_000 }, () => {
  it('clip, change the page, clip again (and at a tracking address): one article, one earlier version, the diff shown', async () => {
    assert.match(await clip(URL_A), /^Saved/);
    served.headline = NEW_HEADLINE;
    served.para = NEW_PARA;
    assert.match(await clip(URL_A), /^Updated: .*What the page replaced is kept as an earlier version\.$/);
    // The same page at a tracking address, unchanged since: the same article, no new version, and no "Updated".
    assert.match(await clip(`${URL_A}?utm_source=x`), /^Already up to date/);

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
