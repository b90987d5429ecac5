// The detector's injections against a page that patches the built-ins they call (issue #12, session 22: the
// injections' world). Whatever the world they run in, what they return is checked in the background
// (utils/platform/protocol.ts): a page that makes our reads throw, return huge strings or non-strings gets no badge
// its text does not earn, no exception escapes the background, and the next page is detected as before.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { SITES, startSiteServer } from './site-server.mjs';
import { badgeText, openTab, useBrowser } from './browser.mjs';

const SEED = 'http://news.xjtu.edu.cn/info/1033/140512.htm';
const WALKED = 'http://www.example.ac.uk/news/new-centre-for-climate-research-opens';
// A page whose text is no article (a headline and a list of links): neither the quick verdict nor the walk badges it.
const LIST = `<h1>学院通知公告</h1><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/info/${i}.htm">通知 ${i}</a></li>`).join('')}</ul>`;
/** Patches run before anything of ours, in the page's own world (its head script). */
const PATCHES = {
  // A read that finds the headline everywhere and returns a 10-million-character window.
  strings: `String.prototype.indexOf = () => 0; String.prototype.slice = () => 'x'.repeat(1e7);
    String.prototype.trim = () => 'x'.repeat(1e5);`,
  // A body text that throws, a <title> that is an object, and arrays that cannot be spread or mapped.
  getters: `Object.defineProperty(Node.prototype, 'textContent', { get() { throw new Error('no'); } });
    Object.defineProperty(Document.prototype, 'title', { get: () => ({ length: 5 }) });
    Array.prototype.map = () => { throw new Error('no'); }; Array.prototype[Symbol.iterator] = function* () { yield* ['x'.repeat(1e6)]; };`,
  // A <title> of 100,000 characters and a URL that is not the page's.
  title: `Object.defineProperty(Document.prototype, 'title', { get: () => '学院通知公告'.repeat(20000) });
    Object.defineProperty(Document.prototype, 'URL', { get: () => 'http://news.other.edu.cn/info/1/1.htm' });`,
};
const dir = mkdtempSync(resolve(tmpdir(), 'cnc-world-'));
const url = (name) => `http://news.patched.edu.cn/info/1033/${name}.htm`;
for (const [name, script] of Object.entries(PATCHES)) {
  const file = resolve(dir, `${name}.html`);
  writeFileSync(
    file,
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>学院通知公告-测试大学</title><script>${script}</script></head><body>${LIST}</body></html>`,
  );
  SITES[url(name)] = file;
}
const env = useBrowser({ before, after }, startSiteServer);
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the detector against a page that patches what it calls', { timeout: 180_000 }, () => {
  for (const name of Object.keys(PATCHES))
    it(`${name}: no badge, and the background detects the next page as before`, async () => {
      const { sw, ctx } = env.browser;
      const { page, tabId } = await openTab(ctx, sw, url(name));
      // Long enough for the read and the walk to have come back and been judged.
      await new Promise((r) => setTimeout(r, 1_500));
      assert.equal(await badgeText(sw, tabId, 'NEWS', 500), '', 'no badge its text does not earn');
      await page.close();
      const next = await openTab(ctx, sw, SEED);
      assert.equal(await badgeText(sw, next.tabId, 'NEWS'), 'NEWS', 'the next article is still detected');
      await next.page.close();
    });

  it('leaves nothing in the page: no global after the walk', async () => {
    const { sw, ctx } = env.browser;
    const { page, tabId } = await openTab(ctx, sw, WALKED);
    assert.equal(await badgeText(sw, tabId, 'NEWS'), 'NEWS');
    assert.equal(await page.evaluate(() => typeof window.detector), 'undefined');
    await page.close();
  });
});
