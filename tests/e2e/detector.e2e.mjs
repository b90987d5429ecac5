// The detector in the built extension and real Chromium: it marks a university article, says nothing to the page
// (issue #16), and runs nowhere outside the academic suffixes until the user opts in from the popup.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSiteServer } from './site-server.mjs';
import { badgeText, openTab, useBrowser, clipInPopup } from './browser.mjs';

const LISTENING = 'http://news.listening.edu/2025/04/lab-opens.html';
const SEED = 'http://news.xjtu.edu.cn/info/1033/140512.htm';
// The headline read does not settle this one (no labelled date by its headline): the walk file is injected.
const WALKED = 'http://www.example.ac.uk/news/new-centre-for-climate-research-opens';
const HEIDELBERG = 'http://www.uni-heidelberg.de/newsroom/2025/04/lab-opens.html';
// Its load never ends (an image whose host never answers): tabs.onUpdated never says 'complete'.
const STALLED = 'http://news.stalled.edu/2025/04/lab-opens.html';
const env = useBrowser({ before, after }, startSiteServer);
const heard = (page) => page.evaluate(() => window.__heard);

describe('detector', { timeout: 120_000 }, () => {
  it('marks a university article and posts nothing to the page, nor does clipping it', async () => {
    const { page, tabId } = await openTab(env.browser.ctx, env.browser.sw, LISTENING);
    assert.equal(await badgeText(env.browser.sw, tabId, 'NEWS'), 'NEWS', 'the detector ran');
    assert.deepEqual(await heard(page), ['page-self-test'], 'the page heard only itself after detection');

    const popup = await env.browser.ctx.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tabId=${tabId}`);
    await clipInPopup(popup);
    // On a site the built-in suffixes cover, the opt-in to every listed university is not offered.
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await popup.getByTestId('all-universities').count(), 0, 'no opt-in offered on an .edu page');
    assert.deepEqual(await heard(page), ['page-self-test'], 'the page heard only itself after clipping');
    await page.reload({ waitUntil: 'load' });
    assert.equal(await badgeText(env.browser.sw, tabId, '✓'), '✓', 'a saved page shows ✓ again after a reload');
    assert.deepEqual(await heard(page), ['page-self-test'], 'the reloaded page heard only itself');
    await popup.close();
    await page.close();
  });

  it('badges again on a reload, a page left and come back to, and a single-page site’s navigations', async () => {
    const { sw } = env.browser;
    const { page, tabId } = await openTab(env.browser.ctx, sw, SEED);
    assert.equal(await badgeText(sw, tabId, 'NEWS'), 'NEWS');
    await page.reload({ waitUntil: 'load' });
    assert.equal(await badgeText(sw, tabId, 'NEWS'), 'NEWS', 'after a reload');
    // The same tab goes to the site's home (the address settles it, nothing is injected), then back.
    await page.goto('http://news.xjtu.edu.cn/', { waitUntil: 'load' });
    assert.equal(await badgeText(sw, tabId, '', 2000), '', 'on the home page');
    await page.goBack({ waitUntil: 'load' });
    assert.equal(await badgeText(sw, tabId, 'NEWS'), 'NEWS', 'back on the article (back/forward cache or not)');
    // A single-page site moving to its home and back without a load.
    await page.evaluate(() => history.pushState(null, '', '/'));
    assert.equal(await badgeText(sw, tabId, '', 2000), '', 'after pushState to the home');
    await page.evaluate(() => history.pushState(null, '', '/info/1033/140512.htm'));
    assert.equal(await badgeText(sw, tabId, 'NEWS'), 'NEWS', 'after pushState back to the article');
    await page.close();
  });

  it('marks an article whose load never ends (a stalled image), while the tab is still loading', async () => {
    const { sw } = env.browser;
    const { page, tabId } = await openTab(env.browser.ctx, sw, STALLED, 15_000, 'domcontentloaded');
    assert.equal(await badgeText(sw, tabId, 'NEWS', 15_000), 'NEWS', 'detected without the load ending');
    const status = await sw.evaluate((id) => chrome.tabs.get(id).then((t) => t.status), tabId);
    assert.equal(status, 'loading', 'the tab was still loading: detection did not wait for it');
    await page.close();
  });

  it('marks an article only the walk settles, once the headline read has not', async () => {
    const { sw } = env.browser;
    const { page, tabId } = await openTab(env.browser.ctx, sw, WALKED);
    assert.equal(await badgeText(sw, tabId, 'NEWS'), 'NEWS');
    await page.close();
  });

  it('runs nowhere outside the academic suffixes until the user opts in, which Options offers', async () => {
    const registered = await env.browser.sw.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    assert.deepEqual(registered, [], 'no dynamic registration before the opt-in');
    const { page, tabId } = await openTab(env.browser.ctx, env.browser.sw, HEIDELBERG);
    await new Promise((r) => setTimeout(r, 500)); // a detector would have reported by now (it runs at idle)
    assert.equal(await badgeText(env.browser.sw, tabId, '', 1000), '');
    assert.deepEqual(await heard(page), ['page-self-test']);
    // Options offers the opt-in while it is off (the popup offers it only on such a page, known from activeTab).
    const options = await env.browser.ctx.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.getByTestId('all-universities').waitFor({ timeout: 5_000 });
    await options.close();
    await page.close();
  });
});
