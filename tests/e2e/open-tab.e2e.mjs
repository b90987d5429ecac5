// "Open in tab" from the popup (review 28, R1 #8): the full-width library opens on the article being read, with
// the popup's search, instead of the whole list with nothing open.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSiteServer } from './site-server.mjs';
import { launch } from './browser.mjs';

/** One article whose title is a long English word (the reviewer's file of session 26). */
const ONE = resolve(import.meta.dirname, '../fixtures/long-words-export.json');

describe('Open in tab', { timeout: 120_000 }, () => {
  let browser;
  let site;
  before(async () => {
    site = await startSiteServer();
    browser = await launch({ proxyPort: site.port });
  });
  after(async () => {
    await browser?.close();
    site?.server.close();
  });

  it('opens the article being read, with the search and order of the popup', async () => {
    const p = await browser.ctx.newPage();
    await p.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await p.getByTestId('count').waitFor();
    await p.getByTestId('import').setInputFiles(ONE);
    await p.getByTestId('article-item').waitFor({ timeout: 20_000 });
    await p.getByTestId('search').fill('supercali');
    await p.getByTestId('sort').selectOption('published');
    await p
      .getByTestId('count')
      .filter({ hasText: /^1 article$/ })
      .waitFor();
    await p.getByTestId('article-item').locator('button.article-title').click();
    const title = await p.locator('#reader-title').innerText();
    const [tab] = await Promise.all([browser.ctx.waitForEvent('page'), p.getByTestId('open-tab').click()]);
    await tab.getByTestId('reader').waitFor({ timeout: 10_000 });
    assert.match(tab.url(), /popup\.html\?layout=tab&read=[^&]+&q=supercali&sort=published$/);
    assert.equal(await tab.locator('#reader-title').innerText(), title);
    assert.equal(await tab.getByTestId('search').inputValue(), 'supercali');
    assert.equal(await tab.getByTestId('sort').inputValue(), 'published');
    await tab
      .getByTestId('count')
      .filter({ hasText: /^1 article$/ })
      .waitFor();
    await tab.close();
  });
});
