// Two windows of the extension open at once (review 26, finding 3): a clip in one is not "While this window was
// closed" in the other, and when both clip at the same moment each shows its own outcome.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSiteServer } from './site-server.mjs';
import { openTab, useBrowser } from './browser.mjs';

const env = useBrowser({ before, after }, startSiteServer);
const SEED = 'http://news.xjtu.edu.cn/info/1033/140512.htm';
const LAKESIDE = 'http://news.lakeside.edu/news/new-robot-does-superior-job-sampling-blood';

/** The popup's text once its status says saved or updated. */
async function outcome(p) {
  const status = p.getByTestId('status').filter({ hasText: /^(Saved|Updated|Already up to date)/ });
  await status.waitFor({ timeout: 20_000 });
  return status.innerText();
}

describe('jobs in two windows', () => {
  it('each window shows its own clip, never the other as "while this window was closed"', async () => {
    const { ctx, sw, extensionId } = env.browser;
    const seed = await openTab(ctx, sw, SEED);
    const lake = await openTab(ctx, sw, LAKESIDE);
    const popup = async (tabId) => {
      const p = await ctx.newPage();
      await p.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      await p.getByTestId('count').waitFor();
      return p;
    };
    const A = await popup(seed.tabId);
    const B = await popup(lake.tabId);
    // One window clips: the other does not call it news from while it was closed.
    await A.getByTestId('clip').click();
    assert.match(await outcome(A), /西安交通大学/);
    await B.waitForTimeout(500);
    assert.doesNotMatch(await B.getByTestId('status').innerText(), /While this window was closed/);
    // Both clip at once: each ends on its own page's title.
    await Promise.all([A.getByTestId('clip').click(), B.getByTestId('clip').click()]);
    const [a, b] = await Promise.all([outcome(A), outcome(B)]);
    await A.waitForTimeout(1_000);
    const [a2, b2] = [await A.getByTestId('status').innerText(), await B.getByTestId('status').innerText()];
    // A clips its unchanged page again: nothing changed, and it says so.
    assert.match(a2, /^Already up to date, nothing changed: .*西安交通大学/, `A said ${a}, then ${a2}`);
    assert.match(b2, /^Saved: .*robot/i, `B said ${b}, then ${b2}`);
    for (const p of [A, B, seed.page, lake.page]) await p.close();
  });
});
