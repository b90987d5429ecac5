// Session 31 (T1): the options page's tag manager: every tag with its count, rename inline (Enter saves, Escape
// cancels, focus back on the row's button), merge and remove said in words with Undo, in English and Chinese.
import './dom-globals';
import './i18n-stub';
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import zh from '../../public/_locales/zh_CN/messages.json';
import { TagManager } from '../../components/TagManager';
import { addTag } from '../../utils/collection/store';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { saveDraft } from '../../utils/collection/save-draft';
import { draft } from './factories';
import { allByTestId, byTestId, click, mount, type, unmount, until } from './render-helpers';

const key = (el: HTMLElement | null, k: string) =>
  act(() => void el!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })));
const rowOf = (root: HTMLElement, tag: string) => root.querySelector<HTMLElement>(`[data-tag="${tag}"]`)!;
const listed = (root: HTMLElement) =>
  allByTestId(root, 'tag-row').map((r) => `${r.dataset.tag}: ${byTestId(r, 'tag-count')!.textContent}`);

describe('TagManager', () => {
  let db: ClipsDb;
  let ids: string[];
  let root: HTMLElement;
  beforeEach(async () => {
    db = openDb(`tag-ui-${Math.random()}`);
    ids = [];
    for (let i = 1; i <= 4; i++) ids.push((await saveDraft(db, draft(i), new Date(Date.UTC(2026, 0, i)))).article.id);
    await addTag(db, ids.slice(0, 3), '招生');
    await addTag(db, [ids[3]!], '招生工作');
    await addTag(db, [ids[0]!], 'Reseach');
    root = mount(<TagManager db={db} />);
    await until(() => expect(allByTestId(root, 'tag-row')).toHaveLength(3));
  });
  afterEach(async () => {
    unmount(root);
    db.close();
    await db.delete();
    const en = await import('../../public/_locales/en/messages.json');
    serve(en.default);
  });

  /** A catalog served as Chromium would. */
  function serve(catalog: object) {
    const messages = catalog as Record<string, { message: string }>;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((k: string, subs?: string | string[]) => {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return (messages[k]?.message ?? '').replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
    }) as never);
  }

  it('lists every tag with its count, plural-correct, sorted', () => {
    expect(listed(root)).toEqual(['Reseach: 1 article', '招生: 3 articles', '招生工作: 1 article']);
  });

  it('orders numbered tags by their number, as the filter menu does (专题第2期 before 专题第10期)', async () => {
    for (const n of [10, 1, 2]) await addTag(db, [ids[1]!], `专题第${n}期`);
    await until(() => expect(allByTestId(root, 'tag-row')).toHaveLength(6));
    const numbered = allByTestId(root, 'tag-row')
      .map((r) => r.dataset.tag!)
      .filter((t) => t.startsWith('专题'));
    expect(numbered).toEqual(['专题第1期', '专题第2期', '专题第10期']);
  });

  it('renames inline: Enter saves, focus returns to the row, and Undo puts it back', async () => {
    click(byTestId(rowOf(root, 'Reseach'), 'tag-rename'));
    const input = byTestId(root, 'tag-rename-input') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    type(input, '  Research ');
    key(input, 'Enter');
    await until(() => expect(listed(root)).toContain('Research: 1 article'));
    expect(listed(root)).not.toContain('Reseach: 1 article');
    expect(byTestId(root, 'tags-status')!.textContent).toBe('Renamed “Reseach” to “Research” on 1 article.Undo');
    expect(byTestId(root, 'tags-status')!.getAttribute('role')).toBe('status');
    await until(() => expect(document.activeElement).toBe(byTestId(rowOf(root, 'Research'), 'tag-rename')));
    expect((await db.articles.get(ids[0]!))!.tags).toEqual(['招生', 'Research']);

    click(byTestId(root, 'tags-undo'));
    await until(() => expect(listed(root)).toContain('Reseach: 1 article'));
    expect(byTestId(root, 'tags-status')!.textContent).toBe('Undone: 1 article has its tags as before.');
    await until(() => expect(document.activeElement).toBe(byTestId(rowOf(root, 'Reseach'), 'tag-rename')));
    expect((await db.articles.get(ids[0]!))!.tags).toEqual(['招生', 'Reseach']);
  });

  it('Escape cancels, and an empty or unchanged name does nothing; focus is never dropped', async () => {
    const before = JSON.stringify(await db.articles.toArray());
    click(byTestId(rowOf(root, '招生'), 'tag-rename'));
    key(byTestId(root, 'tag-rename-input'), 'Escape');
    expect(byTestId(root, 'tag-rename-input')).toBeNull();
    expect(document.activeElement).toBe(byTestId(rowOf(root, '招生'), 'tag-rename'));
    for (const name of ['   ', '招生']) {
      click(byTestId(rowOf(root, '招生'), 'tag-rename'));
      type(byTestId(root, 'tag-rename-input'), name);
      key(byTestId(root, 'tag-rename-input'), 'Enter');
      await until(() => expect(byTestId(root, 'tag-rename-input')).toBeNull());
      expect(document.activeElement).toBe(byTestId(rowOf(root, '招生'), 'tag-rename'));
    }
    expect(byTestId(root, 'tags-status')).toBeNull();
    expect(JSON.stringify(await db.articles.toArray())).toBe(before);
  });

  it('merges onto an existing tag and says so; Undo gives each article its tags back', async () => {
    click(byTestId(rowOf(root, '招生'), 'tag-rename'));
    type(byTestId(root, 'tag-rename-input'), '招生工作');
    key(byTestId(root, 'tag-rename-input'), 'Enter');
    await until(() => expect(listed(root)).toEqual(['Reseach: 1 article', '招生工作: 4 articles']));
    expect(byTestId(root, 'tags-status')!.textContent).toBe('“招生” merged into “招生工作”: 3 articles.Undo');
    await until(() => expect(document.activeElement).toBe(byTestId(rowOf(root, '招生工作'), 'tag-rename')));
    click(byTestId(root, 'tags-undo'));
    await until(() => expect(listed(root)).toEqual(['Reseach: 1 article', '招生: 3 articles', '招生工作: 1 article']));
  });

  it('removes a tag from every article, focus on its Undo', async () => {
    click(byTestId(rowOf(root, 'Reseach'), 'tag-remove'));
    await until(() => expect(listed(root)).toEqual(['招生: 3 articles', '招生工作: 1 article']));
    expect(byTestId(root, 'tags-status')!.textContent).toBe('Removed “Reseach” from 1 article.Undo');
    expect(document.activeElement).toBe(byTestId(root, 'tags-undo'));
    expect(await db.articles.count()).toBe(4);
  });

  it('says in Chinese what it did', async () => {
    serve(zh);
    click(byTestId(rowOf(root, '招生'), 'tag-rename'));
    type(byTestId(root, 'tag-rename-input'), '录取');
    key(byTestId(root, 'tag-rename-input'), 'Enter');
    await until(() =>
      expect(byTestId(root, 'tags-status')!.textContent).toBe('已将 3 篇文章的标签“招生”重命名为“录取”。撤销'),
    );
    await until(() => expect(byTestId(rowOf(root, '录取'), 'tag-count')!.textContent).toBe('3 篇文章'));
  });

  it('tells a failed write in plain words and changes nothing', async () => {
    const before = JSON.stringify(await db.articles.toArray());
    const put = db.articles.bulkPut.bind(db.articles);
    vi.spyOn(db.articles, 'bulkPut').mockImplementation((async (...args: Parameters<typeof put>) => {
      await put(...args);
      throw Object.assign(new Error('QuotaExceededError'), {
        name: 'AbortError',
        inner: { name: 'QuotaExceededError', message: 'The quota has been exceeded.' },
      });
    }) as unknown as typeof put);
    click(byTestId(rowOf(root, 'Reseach'), 'tag-remove'));
    await until(() => expect(byTestId(root, 'tags-status')?.getAttribute('role')).toBe('alert'));
    expect(byTestId(root, 'tags-status')!.textContent).toMatch(/^The disk is full, so nothing was saved\./);
    expect(byTestId(root, 'tags-undo')).toBeNull();
    vi.mocked(db.articles.bulkPut).mockRestore();
    expect(JSON.stringify(await db.articles.toArray())).toBe(before);
    expect(listed(root)).toContain('Reseach: 1 article');
  });

  it('offers a filter box when there are many tags', async () => {
    expect(byTestId(root, 'tags-filter')).toBeNull();
    await addTag(db, [ids[1]!], 'a');
    for (let i = 0; i < 10; i++) await addTag(db, [ids[1]!], `tag${i}`);
    await until(() => expect(byTestId(root, 'tags-filter')).not.toBeNull());
    type(byTestId(root, 'tags-filter'), '招生');
    expect(listed(root)).toEqual(['招生: 3 articles', '招生工作: 1 article']);
  });
});
