// Clipping while browsing, in the built extension and real Chromium: the shortcut and the context menu, invoked as
// the browser invokes them, and the Options page's extra sites turning detection on and off.
//
// How the browser's own events are raised: a test cannot press a browser shortcut or open a native context menu,
// so it calls `chrome.commands.onCommand.dispatch(command, tab)` and `chrome.contextMenus.onClicked.dispatch(info,
// tab)` in the service worker. That runs the very listeners the background registered (utils/browse/browse-wiring.ts),
// with the `info` and `tab` objects the browser passes; nothing test-only is built into the extension.
//
// How an optional host permission is granted: Playwright cannot answer the browser's permission prompt (a
// permissions.request from a click just waits). The test allows the site where a user can, on the extension's page
// chrome://extensions (its own `developerPrivate.addHostPermission`, what "Site access → Add a site" calls); the
// Options page's Add then calls permissions.request from the click, which resolves at once for a site already allowed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSiteServer } from './site-server.mjs';
import { badgeText, openTab, useBrowser } from './browser.mjs';
import * as h from './browse-helpers.mjs';

const SEED = 'http://news.xjtu.edu.cn/info/1033/140512.htm';
const LIST = 'http://news.xjtu.edu.cn/jdyw.htm';
const LAKESIDE = 'http://news.lakeside.edu/news/new-robot-does-superior-job-sampling-blood';
const CLIMATE = 'http://news.sample.edu/2025/04/climate-project-seed-grants';
// The seed article again, on a host outside the academic domains.
const OTHER_SITE = 'http://news.example.com/2021/04/08/story.html';
const env = useBrowser({ before, after }, startSiteServer);

const sw = () => env.browser.sw;
const articles = () => h.articles(sw());
const until = (test, what, timeout) => h.until(sw(), test, what, timeout);
const pressShortcut = (tabId) => h.pressShortcut(sw(), tabId);
const clickMenu = (tabId, info) => h.clickMenu(sw(), tabId, info);
const { byUrl, readToast, waitForToast } = h;

/** The fields a clip takes from the page (not ids, dates of saving or the user's tags). */
const PAGE_FIELDS = [
  'url',
  'canonicalUrl',
  'site',
  'title',
  'publishedAt',
  'byline',
  'source',
  'views',
  'lang',
  'textContent',
  'contentHtml',
  'attachments',
];

describe('clipping while browsing', { timeout: 240_000 }, () => {
  let seed;

  it('the shortcut clips the page in its tab: a confirmation with Undo, ✓ on the toolbar, and Undo takes it back', async () => {
    // Default tags, set in Options, go on every new clip, whichever way it was made.
    const options = await env.browser.ctx.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.getByTestId('default-tags').fill('待读，campus');
    await options.getByTestId('save-default-tags').click();
    await options
      .getByTestId('default-tags-status')
      .filter({ hasText: 'Saved and synced' })
      .waitFor({ timeout: 5_000 });
    assert.equal(await options.getByTestId('default-tags').inputValue(), '待读, campus');
    await options.close();

    seed = await openTab(env.browser.ctx, env.browser.sw, SEED);
    assert.equal(await badgeText(env.browser.sw, seed.tabId, 'NEWS'), 'NEWS', 'the detector ran');
    await pressShortcut(seed.tabId);
    const [saved] = byUrl(await until((all) => byUrl(all, SEED).length === 1, 'the shortcut clip'), SEED);
    assert.match(saved.title, /创新工程启动大会/);
    assert.deepEqual(saved.tags, ['待读', 'campus']);
    const toast = await waitForToast(seed.page, /^Saved to Campus News Clipper: .*创新工程启动大会/);
    assert.deepEqual(Object.keys(toast.buttons), ['Undo', 'Open', 'Close']);
    assert.equal(await badgeText(env.browser.sw, seed.tabId, '✓'), '✓', 'the toolbar says the page is saved');

    await seed.page.mouse.click(toast.buttons.Undo.x, toast.buttons.Undo.y);
    await until((all) => byUrl(all, SEED).length === 0, 'Undo to remove the clip');
    assert.equal(await readToast(seed.page), null, 'the confirmation went away');
  });

  it('the menu clips the page, then the selection: the selected part is the body, the page gives the rest', async () => {
    const { page, tabId } = await openTab(env.browser.ctx, env.browser.sw, LAKESIDE);
    await clickMenu(tabId, { menuItemId: 'cnc-clip-page' });
    const [whole] = byUrl(await until((all) => byUrl(all, LAKESIDE).length === 1, 'the menu page clip'), LAKESIDE);
    await waitForToast(page, /^Saved to Campus News Clipper/);
    assert.deepEqual(whole.tags, ['待读', 'campus']);

    // Select one paragraph of the body, as a reader would with the mouse.
    const selected = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].sort((a, b) => b.textContent.length - a.textContent.length)[0];
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return getSelection().toString().trim();
    });
    assert.ok(selected.length > 80 && whole.textContent.includes(selected), 'a paragraph of the body is selected');
    await clickMenu(tabId, { menuItemId: 'cnc-clip-selection', selectionText: selected });
    const [part] = byUrl(
      await until((all) => byUrl(all, LAKESIDE)[0]?.updatedAt !== whole.updatedAt, 'the selection clip'),
      LAKESIDE,
    );
    await waitForToast(page, /^Updated in Campus News Clipper/);
    assert.equal(part.id, whole.id, 'the same article, updated, not a second one');
    assert.equal(part.textContent.replace(/\s+/g, ' ').trim(), selected.replace(/\s+/g, ' '));
    for (const k of ['title', 'publishedAt', 'byline', 'source', 'site', 'url'])
      assert.deepEqual(part[k], whole[k], `${k} comes from the page`);
    await page.close();
  });

  it('the menu clips a linked article without opening it: the same fields as clipping it in its tab', async () => {
    const list = await openTab(env.browser.ctx, env.browser.sw, LIST);
    // A link to the seed article on the list page; the menu gets its resolved address, as the browser gives it.
    const linkUrl = await list.page.evaluate(() => {
      const a = Object.assign(document.createElement('a'), { href: '/info/1033/140512.htm', textContent: '创新工程' });
      document.body.prepend(a);
      return a.href;
    });
    assert.equal(linkUrl, SEED);
    await clickMenu(list.tabId, { menuItemId: 'cnc-clip-link', linkUrl, linkText: '创新工程' });
    const [linked] = byUrl(await until((all) => byUrl(all, SEED).length === 1, 'the link clip'), SEED);
    await waitForToast(list.page, /^Saved to Campus News Clipper: .*创新工程启动大会/);
    assert.deepEqual(linked.tags, ['待读', 'campus']);

    await pressShortcut(seed.tabId);
    // The same page read the same way changes nothing ("Already up to date"), so wait for the toast, not a write.
    await waitForToast(seed.page, /^(Updated|Already up to date) in Campus News Clipper: .*创新工程启动大会/);
    const [inTab] = byUrl(await articles(), SEED);
    assert.equal(inTab.id, linked.id);
    const differ = PAGE_FIELDS.filter((k) => JSON.stringify(linked[k]) !== JSON.stringify(inTab[k]));
    assert.deepEqual(
      differ.map((k) => [k, linked[k], inTab[k]]),
      [],
      'a linked clip reads the page as a clip in its tab does',
    );
    await list.page.close();
  });

  it('a link to a site the extension may not read: nothing fetched, and the page says so and how to allow it', async () => {
    const list = await openTab(env.browser.ctx, env.browser.sw, LIST);
    const fetched = env.site.requests.filter((u) => u.includes('news.example.com')).length;
    await clickMenu(list.tabId, { menuItemId: 'cnc-clip-link', linkUrl: OTHER_SITE, linkText: 'story' });
    const toast = await waitForToast(list.page, /^Not clipped: /);
    assert.match(
      toast.text,
      /no access to news\.example\.com.*Open the link and clip it there, or add the site in Options/,
    );
    assert.doesNotMatch(toast.text, /could not be reached/);
    assert.deepEqual(byUrl(await articles(), OTHER_SITE), []);
    assert.equal(env.site.requests.filter((u) => u.includes('news.example.com')).length, fetched, 'not fetched');
    await list.page.close();
  });

  it('a clip from the popup gets the default tags too, and its review shows them', async () => {
    const { page, tabId } = await openTab(env.browser.ctx, env.browser.sw, CLIMATE);
    const popup = await env.browser.ctx.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('clip').click();
    const review = popup.getByTestId('clip-review');
    await review.waitFor({ timeout: 15_000 });
    assert.deepEqual(
      await review
        .getByTestId('tag-editor')
        .locator('ul.tags > li')
        .allInnerTexts()
        .then((l) => l.map((x) => x.replace(/\s*×.*$/s, '').trim())),
      ['待读', 'campus'],
    );
    assert.deepEqual(byUrl(await articles(), CLIMATE)[0]?.tags, ['待读', 'campus']);
    await popup.close();
    await page.close();
  });

  it('Options data: size, Export, Delete all after a last-chance export, and Import of that file', async () => {
    const options = await env.browser.ctx.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    const size = options.getByTestId('collection-size');
    await size.filter({ hasText: /^3 articles · [\d.]+ MB$/ }).waitFor({ timeout: 5_000 });
    const download = async (click) => {
      const [d] = await Promise.all([options.waitForEvent('download', { timeout: 10_000 }), click()]);
      const path = await d.path();
      return { path, file: JSON.parse(readFileSync(path, 'utf-8')) };
    };
    const exported = await download(() => options.getByRole('button', { name: 'Export JSON', exact: true }).click());
    assert.equal(exported.file.articles.length, 3);
    await options.getByTestId('status').filter({ hasText: 'Exported 3 articles.' }).waitFor({ timeout: 5_000 });

    // The user cancels the last-chance download: nothing may be deleted (the extension cannot see the cancel, so
    // it deletes only on a second, explicit click).
    await options.getByTestId('delete-all').click();
    const [cancelled] = await Promise.all([
      options.waitForEvent('download', { timeout: 10_000 }),
      options.getByTestId('export-then-delete').click(),
    ]);
    await cancelled.cancel();
    await options.getByTestId('confirm-delete-all').waitFor({ timeout: 5_000 });
    await options.getByTestId('cancel-delete-all').click();
    assert.equal((await articles()).length, 3, 'a cancelled export deletes nothing');

    await options.getByTestId('delete-all').click();
    const lastChance = await download(() => options.getByTestId('export-then-delete').click());
    assert.equal((await articles()).length, 3, 'the export alone deletes nothing');
    await options.getByTestId('confirm-delete-all').click();
    assert.deepEqual(
      lastChance.file.articles.map((a) => a.url).sort(),
      exported.file.articles.map((a) => a.url).sort(),
      'the last-chance export holds everything',
    );
    await until((all) => all.length === 0, 'Delete all');
    await size.filter({ hasText: /^0 articles/ }).waitFor({ timeout: 5_000 });
    const emptyNote = options.getByRole('status').filter({ hasText: 'The collection is empty.' });
    await emptyNote.waitFor({ timeout: 5_000 });

    await options.getByTestId('import').setInputFiles(lastChance.path);
    await options.getByTestId('status').filter({ hasText: 'Imported 3 articles' }).waitFor({ timeout: 15_000 });
    await until((all) => all.length === 3, 'the import');
    await size.filter({ hasText: /^3 articles/ }).waitFor({ timeout: 5_000 });
    // R8 #4: the note went with the import, without a reload.
    await emptyNote.waitFor({ state: 'detached', timeout: 5_000 });
    await options.close();
  });

  it('an extra site added in Options turns detection on there; removing it turns it off and gives the permission back', async () => {
    const { ctx, sw, extensionId } = env.browser;
    const before = await openTab(ctx, sw, OTHER_SITE);
    await new Promise((r) => setTimeout(r, 500)); // a detector would have reported by now (it runs at idle)
    assert.equal(await badgeText(sw, before.tabId, '', 1000), '', 'no detection off the academic domains');
    await before.page.close();

    const settings = await ctx.newPage();
    await settings.goto(`chrome://extensions/?id=${extensionId}`);
    await settings.evaluate(
      (id) => chrome.developerPrivate.addHostPermission(id, '*://news.example.com/*'),
      extensionId,
    );
    await settings.close();

    const options = await ctx.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('site-input').fill('https://news.example.com/2021/04/08/story.html');
    await options.getByTestId('add-site').click();
    await options.getByTestId('sites-status').filter({ hasText: 'Added news.example.com' }).waitFor({ timeout: 5_000 });
    await options.locator('[data-testid="extra-site"][data-host="news.example.com"]').waitFor({ timeout: 5_000 });

    const on = await openTab(ctx, sw, OTHER_SITE);
    assert.equal(await badgeText(sw, on.tabId, 'NEWS'), 'NEWS', 'detection runs on the added site');
    await on.page.close();

    // A site under the academic domains is refused in plain words, and nothing is asked.
    await options.getByTestId('site-input').fill('news.xjtu.edu.cn');
    await options.getByTestId('add-site').click();
    await options.getByTestId('sites-status').filter({ hasText: 'already covered' }).waitFor({ timeout: 5_000 });

    await options.getByTestId('remove-site').click();
    await options
      .getByTestId('sites-status')
      .filter({ hasText: 'Removed news.example.com' })
      .waitFor({ timeout: 5_000 });
    assert.equal(await options.getByTestId('extra-site').count(), 0);
    assert.equal(await sw.evaluate(() => chrome.permissions.contains({ origins: ['*://news.example.com/*'] })), false);
    const end = Date.now() + 5_000;
    while ((await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length && Date.now() < end)
      await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);

    const off = await openTab(ctx, sw, OTHER_SITE);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await badgeText(sw, off.tabId, '', 1000), '', 'detection stopped on the removed site');
    await off.page.close();
    await options.close();
  });
});
