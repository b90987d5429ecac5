// Re-clipping keeps versions (issue 14), in real Firefox: a page is clipped from the popup, its headline and a
// paragraph change on the server, it is clipped again at its address with ?utm_source=x: one article, one earlier
// version, the reader shows the change, and the export carries the version (export version 3).
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
import { MISSING_FIREFOX, hasFirefox, nextDownload, openExtensionPage, openTab, useFirefox } from './firefox.mjs';

if (!hasFirefox()) {
  it('needs firefox-esr', () => assert.fail(MISSING_FIREFOX));
} else {
  const env = useFirefox({ before, after }, startVersionsServer);

  /** Clip `url` from the popup opened for its tab; returns the status line's text. */
  async function clip(url) {
    const tab = await openTab(env.ff, url);
    const popup = await env.ff.browser.newPage();
    await openExtensionPage(env.ff, popup, `popup.html?tabId=${tab.tabId}`);
    await popup.click('[data-testid="clip"]');
    const status = await popup.waitForFunction(
      () => {
        const text = document.querySelector('[data-testid="status"]')?.textContent ?? '';
        return /^(Saved|Updated|Already up to date)/.test(text) && text;
      },
      { timeout: 20_000 },
    );
    const text = await status.jsonValue();
    await popup.close();
    await tab.page.close();
    return text;
  }

  describe('re-clipping keeps versions in Firefox', { timeout: 180_000 }, () => {
    it('clip, change the page, clip again at a tracking address: one article, one version, diff and export', async () => {
      assert.match(await clip(URL_A), /^Saved/);
      served.headline = NEW_HEADLINE;
      served.para = NEW_PARA;
      assert.match(await clip(`${URL_A}?utm_source=x`), /^Updated/);

      const library = await env.ff.browser.newPage();
      await openExtensionPage(env.ff, library, 'popup.html?layout=tab');
      await library.waitForSelector('[data-testid="article-item"]', { timeout: 10_000 });
      assert.equal((await library.$$('[data-testid="article-item"]')).length, 1, 'one article');
      await library.click('[data-testid="article-item"]');
      const count = await library.waitForSelector('[data-testid="versions-count"]', { timeout: 10_000 });
      assert.equal(await count.evaluate((e) => e.textContent.trim()), '1 earlier version');
      await count.click();
      const title = await library.waitForSelector('[data-testid="diff-title"]', { timeout: 5_000 });
      assert.match(await title.evaluate((e) => e.textContent), new RegExp(`${OLD_HEADLINE}\\s*→\\s*${NEW_HEADLINE}`));
      const marked = await library.$eval('[data-testid="diff-body"]', (b) => ({
        del: [...b.querySelectorAll('del')].map((e) => e.textContent).join(''),
        ins: [...b.querySelectorAll('ins')].map((e) => e.textContent).join(''),
      }));
      assert.ok(marked.del && marked.ins, JSON.stringify(marked));

      await library.click('[data-testid="export"]');
      const file = await nextDownload(env.ff);
      assert.equal(file.version, 3);
      assert.equal(file.articles.length, 1);
      const [article] = file.articles;
      assert.equal(article.url, URL_A, 'the address first clipped is kept');
      assert.equal(article.title, NEW_HEADLINE);
      assert.equal(article.versions.length, 1);
      assert.equal(article.versions[0].title, OLD_HEADLINE);
      assert.match(article.versions[0].textContent, new RegExp(OLD_PARA));
      await library.close();
    });
  });
}
