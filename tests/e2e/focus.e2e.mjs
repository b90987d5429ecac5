// The keyboard in the popup, in the built extension (review of session 26, findings 5 and 15): focus never falls to
// the page's body after an action; opening an article moves focus to its heading, Escape closes it from anywhere
// in it and focus returns to the article's row (after a delete, to the row now in its place); Done and Undo leave
// focus in the library; a passage selected without the mouse is highlighted with "Highlight selection", and focus
// goes to the note and back to that button; ] and [ (or Next and Previous) read the list article after article.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSiteServer } from './site-server.mjs';
import { openTab, useBrowser } from './browser.mjs';
import { axeViolations } from './axe.mjs';
import { writeExportFile } from './export-file.mjs';

const env = useBrowser({ before, after }, startSiteServer);
const PAGES = [
  'http://news.xjtu.edu.cn/info/1033/140512.htm',
  'http://news.lakeside.edu/news/new-robot-does-superior-job-sampling-blood',
  'http://news.sample.edu/2025/04/climate-project-seed-grants',
];
const popupUrl = (q = '') => `chrome-extension://${env.browser.extensionId}/popup.html${q}`;

/** What has focus: its tag, test id and accessible name or text, in one line. */
const focused = (p) =>
  p.evaluate(() => {
    const a = document.activeElement;
    const name = a?.getAttribute('aria-label') ?? a?.textContent ?? '';
    return `${a?.tagName}${a?.dataset.testid ? `#${a.dataset.testid}` : ''}${a?.id ? `#${a.id}` : ''} ${name.trim().slice(0, 60)}`;
  });
/** Wait until focus is somewhere other than the page's body (an action's focus moves after it renders). */
const settled = (p) => p.waitForFunction(() => document.activeElement && document.activeElement !== document.body);
/** Focus on the list row of the article titled `title`. */
const onRow = (title) => new RegExp(`^BUTTON Read “${title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const rowTitles = (p) => p.locator('[data-testid="article-item"] button.article-title').allInnerTexts();

describe('the keyboard in the popup', { timeout: 180_000 }, () => {
  let p;

  it('Done under a review leaves focus in the library, not on the body', async () => {
    for (const url of PAGES) {
      const { page, tabId } = await openTab(env.browser.ctx, env.browser.sw, url);
      p = await env.browser.ctx.newPage();
      await p.goto(popupUrl(`?tabId=${tabId}`));
      await p.getByTestId('clip').click();
      await p.getByTestId('clip-review').waitFor({ timeout: 20_000 });
      await page.close();
      if (url !== PAGES.at(-1)) await p.close();
    }
    await p.getByRole('button', { name: 'Done' }).focus();
    await p.keyboard.press('Enter');
    await p.getByTestId('clip-review').waitFor({ state: 'detached' });
    await settled(p);
    assert.match(await focused(p), /^BUTTON Read “/, 'a row of the list');
  });

  it('Enter opens an article with focus on its heading; Escape from the body of the text closes it, back to its row', async () => {
    const titles = await rowTitles(p);
    await p.locator('[data-testid="article-item"] button.article-title').nth(1).focus();
    await p.keyboard.press('Enter');
    await p.getByTestId('reader').waitFor();
    await settled(p);
    assert.equal(await focused(p), `H2#reader-title ${titles[1].slice(0, 60)}`);
    // The text itself is a stop of its own (finding 15), and Escape there closes the reader.
    await p.locator('.reader-body').focus();
    await p.keyboard.press('Escape');
    await p.getByTestId('reader').waitFor({ state: 'detached' });
    await settled(p);
    assert.match(await focused(p), onRow(titles[1]));
  });

  it('Back, by keyboard, returns focus to the row', async () => {
    const titles = await rowTitles(p);
    await p.locator('[data-testid="article-item"] button.article-title').nth(2).focus();
    await p.keyboard.press('Enter');
    await p.locator('.reader .back').focus();
    await p.keyboard.press('Enter');
    await p.getByTestId('reader').waitFor({ state: 'detached' });
    await settled(p);
    assert.match(await focused(p), onRow(titles[2]));
  });

  // Review 30 (R7 #5): the next article took Escape, Tab, Tab, Enter; now one key, or the reader's own buttons.
  it('] and [ open the next and previous article of the list with focus on its heading; so do Next and Previous', async () => {
    const titles = await rowTitles(p);
    const onHeading = async (i) => {
      await p.waitForFunction(
        (t) => document.activeElement?.id === 'reader-title' && document.activeElement.textContent === t,
        titles[i],
      );
      assert.equal(await focused(p), `H2#reader-title ${titles[i].slice(0, 60)}`);
    };
    await p.locator('[data-testid="article-item"] button.article-title').nth(0).focus();
    await p.keyboard.press('Enter');
    await onHeading(0);
    await p.keyboard.press(']');
    await onHeading(1);
    await p.keyboard.press(']');
    await onHeading(2);
    // The last article has no Next; the key does nothing there.
    assert.equal(await p.getByTestId('reader-next').count(), 0);
    await p.keyboard.press('[');
    await onHeading(1);
    // The buttons, named by the article they open, by keyboard.
    const prev = p.getByRole('button', { name: `Previous article: ${titles[0]}` });
    assert.equal(await prev.innerText(), 'Previous');
    await prev.focus();
    await p.keyboard.press('Enter');
    await onHeading(0);
    await p.getByRole('button', { name: `Next article: ${titles[1]}` }).focus();
    await p.keyboard.press('Enter');
    await onHeading(1);
    assert.deepEqual(await axeViolations(p), []);
    await p.keyboard.press('Escape');
    await p.getByTestId('reader').waitFor({ state: 'detached' });
    await settled(p);
    assert.match(await focused(p), onRow(titles[1]));
  });

  it('Delete returns focus to the row now in its place, and Undo leaves it in the list', async () => {
    const titles = await rowTitles(p);
    await p.locator('[data-testid="article-item"] button.article-title').nth(0).focus();
    await p.keyboard.press('Enter');
    await p.getByTestId('delete').focus();
    await p.keyboard.press('Enter');
    await p.getByTestId('undo').waitFor();
    await p.waitForFunction((t) => !document.querySelector('.article-list')?.textContent?.includes(t), titles[0]);
    await settled(p);
    assert.match(await focused(p), onRow(titles[1]));
    await p.getByTestId('undo').focus();
    await p.keyboard.press('Enter');
    await p.getByTestId('undo').waitFor({ state: 'detached' });
    await settled(p);
    assert.match(await focused(p), /^BUTTON Read “/);
  });

  it('highlights a passage selected without the mouse, focus to the note and back to "Highlight selection"', async () => {
    await p.locator('[data-testid="article-item"] button.article-title').nth(0).focus();
    await p.keyboard.press('Enter');
    const reader = p.getByTestId('reader');
    await reader.waitFor();
    // The reader moves focus to its heading once drawn (asserted above); a key pressed before that is lost.
    await p.waitForFunction(() => document.activeElement?.id === 'reader-title');
    // With nothing selected the button says what to do.
    await p.getByTestId('highlight-selection').focus();
    await p.keyboard.press('Enter');
    await reader
      .locator('.user-highlights [role="status"]')
      .filter({ hasText: /caret browsing/ })
      .waitFor();
    // A selection as caret browsing or a screen reader makes it: no mouse event at all.
    const wanted = await reader.locator('.reader-body').evaluate((el) => {
      const text = [...el.querySelectorAll('p')]
        .map((x) => x.firstChild)
        .find((n) => n?.nodeType === 3 && n.data.length > 12);
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 12);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return range.toString().trim();
    });
    await p.getByTestId('highlight-selection').focus();
    await p.keyboard.press('Enter');
    await reader.locator('.highlight-bar .pending').filter({ hasText: wanted }).waitFor();
    assert.match(await focused(p), /^INPUT#highlight-note/);
    await p.keyboard.type('by keyboard');
    await p.keyboard.press('Enter');
    await reader.getByTestId('highlight-item').filter({ hasText: wanted }).waitFor();
    await settled(p);
    assert.match(await focused(p), /^BUTTON#highlight-selection/);
    assert.equal(await reader.locator('.reader-body mark[data-kind="user"]').first().innerText(), wanted);
    assert.deepEqual(await axeViolations(p), []);
  });
  // Rows are reached by Tab through each one's checkbox, title and tags; the arrows go title to title, as in a mail
  // list, and End reaches a row the virtual list has not drawn (300 imported articles).
  it('Down, Up, End and Home move between the rows, scrolling to rows not yet drawn', async () => {
    // The reader the last test left open closes first.
    await p.keyboard.press('Escape');
    await p.getByTestId('reader').waitFor({ state: 'detached' });
    const file = writeExportFile(resolve(mkdtempSync(resolve(tmpdir(), 'cnc-focus-')), 'many.json'), 300);
    await p.getByTestId('import').setInputFiles(file);
    await p
      .getByTestId('status')
      .filter({ hasText: /Imported/ })
      .waitFor({ timeout: 60_000 });
    const total = await p.locator('[data-testid="article-item"]').first().getAttribute('aria-setsize');
    assert.ok(Number(total) > 300, `${total} rows`);
    const titles = await rowTitles(p);
    await p.locator('[data-testid="article-item"] button.article-title').nth(0).focus();
    await p.keyboard.press('ArrowDown');
    assert.match(await focused(p), onRow(titles[1]));
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowUp');
    assert.match(await focused(p), onRow(titles[1]));
    await p.keyboard.press('End');
    await p.waitForFunction((n) => document.activeElement?.closest('li')?.getAttribute('aria-posinset') === n, total);
    await p.keyboard.press('Home');
    await p.waitForFunction(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset') === '1');
    assert.match(await focused(p), onRow(titles[0]));
    // Enter still opens the row the arrows reached.
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('Enter');
    await p.waitForFunction(
      (t) => document.activeElement?.id === 'reader-title' && document.activeElement.textContent === t,
      titles[1],
    );
    await p.keyboard.press('Escape');
  });
});
