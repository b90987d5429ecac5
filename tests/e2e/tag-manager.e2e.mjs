// Session 31 (T1): a tag renamed across the whole collection in the options page of the built extension: the popup's
// tag filter offers the new name (not the old), a search by the new name finds the articles, and Undo puts it back.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSiteServer } from './site-server.mjs';
import { useBrowser } from './browser.mjs';
import { axeViolations } from './axe.mjs';

const env = useBrowser({ before, after }, startSiteServer);
const dir = mkdtempSync(resolve(tmpdir(), 'cnc-tags-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** An export file of three articles: two tagged "Reseach" (one also "招生"), one "招生". */
function exportFile() {
  const base = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/long-words-export.json'), 'utf8'));
  const one = base.articles[0];
  const tags = [['Reseach'], ['Reseach', '招生'], ['招生']];
  const articles = tags.map((t, i) => ({
    ...one,
    id: `tags-${i}`,
    url: `http://news.example.edu/tags/${i}`,
    title: `Robotics team wins title, part ${i}`,
    tags: t,
  }));
  const path = resolve(dir, 'tags.json');
  writeFileSync(path, JSON.stringify({ ...base, articles }));
  return path;
}

describe('the tag manager (options page)', { timeout: 120_000 }, () => {
  it('renames a tag everywhere: the popup filters by the new name; Undo puts the old one back', async () => {
    const { ctx, extensionId } = env.browser;
    const options = await ctx.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('import').setInputFiles(exportFile());
    await options.getByTestId('status').filter({ hasText: 'Imported 3 articles' }).waitFor({ timeout: 20_000 });
    const row = (tag) => options.locator(`[data-testid="tag-row"][data-tag="${tag}"]`);
    await row('Reseach').getByTestId('tag-count').filter({ hasText: '2 articles' }).waitFor();

    assert.deepEqual(await axeViolations(options), []);

    await row('Reseach').getByTestId('tag-rename').click();
    await options.getByTestId('tag-rename-input').fill('Research');
    await options.getByTestId('tag-rename-input').press('Enter');
    await options
      .getByTestId('tags-status')
      .filter({ hasText: 'Renamed “Reseach” to “Research” on 2 articles.' })
      .waitFor();
    await row('Research').waitFor();
    assert.equal(await row('Reseach').count(), 0);
    // Focus is on the renamed row's button, not dropped to the page.
    assert.equal(await options.evaluate(() => document.activeElement?.closest('[data-tag]')?.dataset.tag), 'Research');

    const popup = await ctx.newPage();
    const tagOptions = async () => {
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await popup.getByTestId('article-item').first().waitFor({ timeout: 15_000 });
      // The first rows can be the saved first screen, drawn before the collection is read and the menus filled.
      await popup.waitForFunction(() => document.querySelectorAll('[data-testid="filter-tag"] option').length > 1);
      return popup.getByTestId('filter-tag').locator('option').allTextContents();
    };
    const offered = await tagOptions();
    assert.ok(offered.includes('Research'), `the filter offers the new name: ${offered}`);
    assert.ok(!offered.includes('Reseach'), `and not the old one: ${offered}`);
    await popup.getByTestId('filter-tag').selectOption('Research');
    await popup.getByTestId('count').filter({ hasText: /\b2\b/ }).waitFor();
    // Back to every tag: the next popup opens on the view this one had (recent-view.ts).
    await popup.getByTestId('filter-tag').selectOption('');

    await options.getByTestId('tags-undo').click();
    await options.getByTestId('tags-status').filter({ hasText: 'Undone' }).waitFor();
    await row('Reseach').waitFor();
    const back = await tagOptions();
    assert.ok(back.includes('Reseach') && !back.includes('Research'), `Undo puts the old name back: ${back}`);
    await popup.close();
    await options.close();
  });
});
