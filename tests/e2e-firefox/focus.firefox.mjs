// The keyboard in the popup page, in real Firefox: when the button that had focus goes away (Done under a review,
// Undo in the status line), focus moves into the library, not to the page's body. Firefox sends no focusout for a
// removed element (Chromium does: tests/e2e/focus.e2e.mjs), so these check that the hand-off does not rely on it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSiteServer } from '../e2e/site-server.mjs';
import { MISSING_FIREFOX, hasFirefox, openExtensionPage, openTab, useFirefox } from './firefox.mjs';

const SEED = 'http://news.xjtu.edu.cn/info/1033/140512.htm';

/** What has focus: its tag and its accessible name or text, in one line. */
const focused = (p) =>
  p.evaluate(() => {
    const a = document.activeElement;
    return `${a?.tagName} ${(a?.getAttribute('aria-label') ?? a?.textContent ?? '').trim().slice(0, 40)}`;
  });

if (!hasFirefox()) {
  it('needs firefox-esr', () => assert.fail(MISSING_FIREFOX));
} else {
  const env = useFirefox({ before, after }, startSiteServer);

  describe('focus in the popup page in Firefox', { timeout: 120_000 }, () => {
    let page;
    it('Done under a review, pressed from the keyboard, leaves focus on a row of the list', async () => {
      const seed = await openTab(env.ff, SEED);
      const popup = await env.ff.browser.newPage();
      await openExtensionPage(env.ff, popup, `popup.html?tabId=${seed.tabId}`);
      await popup.click('[data-testid="clip"]');
      await popup.waitForSelector('[data-testid="clip-review"]', { timeout: 20_000 });
      await popup.evaluate(() =>
        [...document.querySelectorAll('[data-testid="clip-review"] button')]
          .find((b) => b.textContent.trim() === 'Done')
          .focus(),
      );
      await popup.keyboard.press('Enter');
      await popup.waitForSelector('[data-testid="clip-review"]', { hidden: true, timeout: 5_000 });
      await popup.waitForFunction(() => document.activeElement && document.activeElement !== document.body, {
        timeout: 2_000,
      });
      assert.match(await focused(popup), /^BUTTON Read “/, 'a row of the list');
      page = popup;
    });

    it('Delete in the reader, then Undo pressed from the keyboard, leaves focus on a row of the list', async () => {
      await page.focus('[data-testid="article-item"] button.article-title');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid="delete"]');
      await page.focus('[data-testid="delete"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid="undo"]', { timeout: 5_000 });
      await page.focus('[data-testid="undo"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid="undo"]', { hidden: true, timeout: 5_000 });
      await page.waitForSelector('[data-testid="article-item"]', { timeout: 5_000 });
      await page.waitForFunction(() => document.activeElement && document.activeElement !== document.body, {
        timeout: 2_000,
      });
      assert.match(await focused(page), /^BUTTON Read “/, 'a row of the list');
    });
  });
}
