// The UI's language in the built extension (review 28, R1 #1): a zh-TW, zh-HK or zh-MO Chrome gets the
// traditional-Chinese UI, a zh-SG one the simplified, and a browser whose language has no folder (ja) gets English
// counted by English rules ("1 article", not "1 articles"), with the page's lang naming the language shown.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSiteServer } from './site-server.mjs';
import { launch } from './browser.mjs';

/** One article (the reviewer's file of session 26). */
const ONE = resolve(import.meta.dirname, '../fixtures/long-words-export.json');

describe('UI language', { timeout: 120_000 }, () => {
  let site;
  before(async () => (site = await startSiteServer()));
  after(() => site?.server.close());

  for (const [locale, lang, title, one] of [
    ['zh-TW', 'zh-TW', '校園新聞剪藏', '共 1 篇'],
    ['zh-HK', 'zh-HK', '校園新聞剪藏', '共 1 篇'],
    ['zh-MO', 'zh-MO', '校園新聞剪藏', '共 1 篇'],
    ['zh-SG', 'zh-SG', '校园新闻剪藏', '共 1 篇'],
    ['ja', 'en', 'Campus News Clipper', '1 article'],
  ]) {
    it(`${locale}: ${title}, "${one}", lang=${lang}`, async () => {
      const browser = await launch({ proxyPort: site.port, locale });
      try {
        const p = await browser.ctx.newPage();
        await p.goto(`chrome-extension://${browser.extensionId}/popup.html`);
        await p.getByTestId('count').waitFor();
        await p.getByTestId('import').setInputFiles(ONE);
        await p.getByTestId('article-item').waitFor({ timeout: 20_000 });
        await p.getByTestId('count').filter({ hasText: one }).waitFor({ timeout: 5_000 });
        assert.equal(await p.locator('h1').innerText(), title);
        assert.equal(await p.evaluate(() => document.documentElement.lang), lang);
      } finally {
        await browser.close();
      }
    });
  }
});
