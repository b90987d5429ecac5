// A page full of XSS payloads is clipped in real Chromium and read in the reader view: nothing runs,
// nothing is requested but images, no dangerous markup reaches the extension page.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HIDDEN_TEXT, startSiteServer } from './site-server.mjs';
import { articles } from './browse-helpers.mjs';
import { openTab, useBrowser } from './browser.mjs';
import { PAYLOADS } from '../fixtures/xss-payloads.mjs';

const env = useBrowser({ before, after }, startSiteServer);

/**
 * Open `url` in a tab, press Clip in a popup for that tab and wait for a status line matching `status`. `watch` sees
 * the popup before it loads (to record its requests and dialogs).
 */
async function clipTab(url, status, { watch = () => {}, timeout = 30_000 } = {}) {
  const { page, tabId } = await openTab(env.browser.ctx, env.browser.sw, url, 45_000);
  const popup = await env.browser.ctx.newPage();
  watch(popup);
  await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByTestId('clip').click();
  await popup.getByTestId('status').filter({ hasText: status }).waitFor({ timeout });
  return { page, popup };
}

it(
  `clips and renders an article carrying ${PAYLOADS.length} XSS payloads with nothing executed`,
  { timeout: 60_000 },
  async () => {
    const requests = [];
    const dialogs = [];
    const { page, popup } = await clipTab('http://news.hostile.edu.cn/info/1/1.htm', /^Saved/, {
      timeout: 10_000,
      watch: (popup) => {
        popup.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
        popup.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
      },
    });
    await page.close();

    await popup.getByTestId('article-item').first().click();
    const reader = popup.getByTestId('reader');
    await reader.waitFor({ timeout: 5_000 });
    assert.match(await reader.innerText(), /This is paragraph 1 of the hostile test article/);
    await reader.hover(); // mouse-over and focus handlers would fire now
    await popup.keyboard.press('Tab');
    for (const link of await reader.locator('a').all()) await link.hover();
    await popup.waitForTimeout(1000);

    assert.equal(await popup.evaluate(() => window.__xss), undefined, 'no payload ran');
    assert.deepEqual(dialogs, []);
    const foreign = requests.filter((r) => !r.url.startsWith('chrome-extension://') && r.type !== 'image');
    assert.deepEqual(foreign, [], 'nothing requested but images');
    assert.ok(
      !requests.some((r) => /evil\.example\/xss/.test(r.url)),
      'no payload URL was requested, not even as an image',
    );
    // The page's content lands in the body; the reader's own controls (tag form, buttons) are ours.
    const bad = await reader.locator('.reader-body').evaluate((el) => {
      const found = [];
      for (const n of el.querySelectorAll('*')) {
        if (
          /^(SCRIPT|IFRAME|OBJECT|EMBED|FORM|INPUT|BUTTON|STYLE|LINK|META|BASE|SVG|MATH|VIDEO|AUDIO|TEMPLATE|DIALOG|MAP|AREA)$/i.test(
            n.tagName,
          ) &&
          !n.closest('.back')
        )
          found.push(n.tagName);
        for (const a of n.attributes) {
          if (/^on|^popover|^usemap$/i.test(a.name) || a.name === 'style' || a.name === 'srcset' || a.name === 'ping')
            found.push(`${n.tagName}@${a.name}`);
          if (/^(href|src|cite)$/.test(a.name) && !/^(https?:\/\/|mailto:)/i.test(a.value))
            found.push(`${n.tagName}@${a.name}=${a.value}`);
        }
      }
      return found;
    });
    assert.deepEqual(
      bad.filter((b) => !b.startsWith('BUTTON')),
      [],
    );
    const links = await reader
      .locator('.reader-body a[href]')
      .evaluateAll((as) => as.map((a) => `${a.target}|${a.rel}`));
    assert.ok(
      links.every((l) => l === '_blank|noopener noreferrer'),
      links.join(),
    );
    // Relative links were made absolute against the article at clip time, never against the extension.
    assert.ok(
      await reader
        .locator('.reader-body a[href="http://news.hostile.edu.cn/info/1/popup.html?layout=tab&tabId=1"]')
        .count(),
    );

    // The same article in the library tab's reader, and in the export.
    const tab = await env.browser.ctx.newPage();
    await tab.goto(`chrome-extension://${env.browser.extensionId}/popup.html?layout=tab`);
    await tab.getByTestId('article-item').first().click();
    const tabBody = tab.getByTestId('reader').locator('.reader-body');
    await tabBody.filter({ hasText: 'This is paragraph 99' }).waitFor({ timeout: 10_000 });
    for (const link of await tabBody.locator('a').all()) await link.hover();
    assert.equal(await tab.evaluate(() => window.__xss), undefined, 'no payload ran in the tab');
    assert.equal(await tab.evaluate(() => document.querySelectorAll(':popover-open, dialog[open]').length), 0);
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByTestId('export').click()]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf-8'));
    assert.doesNotMatch(
      file.articles[0].contentHtml,
      /<(dialog|map|area|script|iframe|object|embed|form|style|base|meta)\b|\s(on\w+|popover|usemap|srcset)=|chrome-extension:|javascript:|evil\.example\/xss/i,
    );
    await tab.close();
  },
);

it(
  'clips a 13 MB page of 150,000 elements: the article, not its giant comments table',
  { timeout: 60_000 },
  async () => {
    // What the page's injection answered: 'posted' when the offscreen document said it took the snapshot (it
    // answers before it closes the port; a close alone would send the 13 MB back through the service worker).
    await env.browser.sw.evaluate(() => {
      for (const api of new Set([globalThis.chrome, globalThis.browser].filter((a) => a?.scripting))) {
        const run = api.scripting.executeScript.bind(api.scripting);
        api.scripting.executeScript = async (...args) => {
          const res = await run(...args);
          // Only the snapshot's injection: the detector's, on this page's load, may answer after it on a busy machine.
          const snapshot = res?.[0]?.result?.snapshot;
          if (snapshot !== undefined) globalThis.__snapshotReads = [...(globalThis.__snapshotReads ?? []), snapshot];
          return res;
        };
      }
    });
    const { page, popup } = await clipTab('http://news.huge.edu.cn/info/1/1.htm', /^Saved/);
    const reads = await env.browser.sw.evaluate(() => globalThis.__snapshotReads.map((s) => s === 'posted'));
    assert.deepEqual(reads.slice(-1), [true], 'the 13 MB snapshot went straight to the offscreen document');
    assert.equal(await popup.getByTestId('field-title').inputValue(), '巨型页面测试');
    await popup.getByTestId('article-item').filter({ hasText: '巨型页面测试' }).click();
    const text = await popup.getByTestId('reader').innerText();
    assert.match(text, /第1段：学校举行学术交流活动/);
    assert.doesNotMatch(text, /评论\d+/);
    await page.close();
    await popup.close();
  },
);

it(
  'a page too large to carry to the extension (over 48 MB) is refused in plain words, not a hang',
  { timeout: 60_000 },
  async () => {
    const { page, popup } = await clipTab('http://news.toolarge.edu.cn/info/1/1.htm', /^This page is too large/);
    assert.equal(await popup.getByTestId('field-title').count(), 0, 'no review opened: nothing was saved');
    await page.close();
    await popup.close();
  },
);

it(
  'a page that keeps changing while it is clipped still clips; an article only inside a frame gets a clear message',
  { timeout: 60_000 },
  async () => {
    const popup = await env.browser.ctx.newPage();
    for (const [url, status] of [
      ['http://news.changing.edu.cn/info/1/1.htm', /^Saved/],
      ['http://news.frames.edu.cn/info/1/1.htm', /^No article found/],
    ]) {
      const { page, tabId } = await openTab(env.browser.ctx, env.browser.sw, url);
      await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.getByTestId('clip').click();
      await popup.getByTestId('status').filter({ hasText: status }).waitFor({ timeout: 15_000 });
      await page.close();
    }
    assert.equal(await popup.getByTestId('field-title').count(), 0, 'the frame page left no review open');
    await popup.close();
  },
);

it(
  'leaves out the text the page hides (a class, inline, visibility, `hidden`), but not a collapsed article',
  { timeout: 60_000 },
  async () => {
    const { sw } = env.browser;
    const { page, popup } = await clipTab(HIDDEN_TEXT.spam, /^Saved/, { timeout: 10_000 });
    await page.close();
    await popup.getByTestId('article-item').filter({ hasText: '隐藏文字测试' }).click();
    const reader = await popup.getByTestId('reader').innerText();
    const [stored] = (await articles(sw)).filter((a) => a.url === HIDDEN_TEXT.spam);
    for (const [where, text] of [
      ['the reader', reader],
      ['the stored text', stored.textContent],
      ['the stored body', stored.contentHtml],
    ]) {
      for (const hidden of ['HIDDENSPAM', 'INLINEHIDDEN', 'WHOLLYINVISIBLE', 'HIDDENATTR', 'PRINTONLY'])
        assert.ok(!text.includes(hidden), `${hidden} in ${where}`);
      for (const shown of ['第1段', '第5段', 'CONTENTSSHOWN', 'SEENAGAIN'])
        assert.ok(text.includes(shown), `${shown} missing from ${where}`);
    }
    await popup.close();

    // The article itself is what the page hides until "展开全文" is clicked: clipped whole.
    const collapsed = await clipTab(HIDDEN_TEXT.collapsed, /^Saved/, { timeout: 10_000 });
    const [whole] = (await articles(sw)).filter((a) => a.url === HIDDEN_TEXT.collapsed);
    assert.match(whole.textContent, /第1段[\s\S]*第4段[\s\S]*COLLAPSEDEND/);
    await collapsed.page.close();
    await collapsed.popup.close();

    // Microdata printed for machines (a <meta itemprop> in the body, a hidden itemprop span) is no hidden text: the
    // article keeps the date it gives (eval:browser found a page whose date this pass had dropped).
    const dated = await clipTab(HIDDEN_TEXT.microdata, /^Saved/, { timeout: 10_000 });
    const [withDate] = (await articles(sw)).filter((a) => a.url === HIDDEN_TEXT.microdata);
    assert.match(withDate.publishedAt ?? '', /^2013-08-09/);
    await dated.page.close();
    await dated.popup.close();
  },
);
