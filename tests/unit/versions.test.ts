// Re-clipping keeps versions: a changed title, date or body keeps the saved content as a version, in the same
// transaction as the update; deletes take versions along and an undo brings them back.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Draft } from '../../utils/model/article';
import { addHighlight, deleteArticles, restoreArticles } from '../../utils/collection/store';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { versionsOf } from '../../utils/collection/versions';
import { trashArticles, undoDelete } from '../../utils/clip/trash';
import { draft as base } from './factories';

let db: ClipsDb;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`versions-${n++}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const URL_A = 'http://news.xjtu.edu.cn/info/1033/140512.htm';
const draft = (over: Partial<Draft> = {}): Draft =>
  base(140512, {
    url: URL_A,
    title: '学校举行创新工程启动大会',
    publishedAt: '2021-04-08',
    byline: [{ name: '王海', role: '编辑' }],
    source: '党委宣传部',
    contentHtml: '<p>党委书记卢建军主持会议。</p><p>校长王树国讲话。</p>',
    textContent: '党委书记卢建军主持会议。\n校长王树国讲话。',
    ...over,
  });
const at = (day: number) => new Date(Date.UTC(2026, 0, day));

describe('saveDraft keeps versions', () => {
  it('an identical re-clip, or one where only the view counter or whitespace moved, adds no version', async () => {
    const { article } = await saveDraft(db, draft(), at(1));
    const again = await saveDraft(db, draft({ views: 5000 }), at(2));
    const spaced = await saveDraft(db, draft({ textContent: '党委书记卢建军主持会议。\n\n 校长王树国讲话。 ' }), at(3));
    expect([again.versioned, spaced.versioned]).toEqual([false, false]);
    expect(await versionsOf(db, article.id)).toEqual([]);
    expect(await db.versions.count()).toBe(0);
  });

  // Review 32 (R13): the names' order followed the browser's language (localeCompare), so an unchanged page clipped
  // again under another language was "Updated" and rewritten.
  it('the same page clipped under another browser language, or saved with its names in another order, is unchanged', async () => {
    const first = await saveDraft(db, draft(), at(1));
    expect(first.article.entities.length).toBeGreaterThan(1);
    const compare = String.prototype.localeCompare;
    vi.spyOn(String.prototype, 'localeCompare').mockImplementation(function (this: string, that: string) {
      return -compare.call(this, that);
    });
    expect((await saveDraft(db, draft(), at(2))).changed).toBe(false);
    vi.restoreAllMocks();
    // A row saved before, its names in the order another language gave.
    await db.articles.update(first.article.id, { entities: [...first.article.entities].reverse() });
    expect((await saveDraft(db, draft(), at(3))).changed).toBe(false);
  });

  it('a changed headline keeps the saved content as a version; tags and highlights stay on the article', async () => {
    const { article } = await saveDraft(db, draft(), at(1));
    await addHighlight(db, article.id, { text: '卢建军', note: '书记', createdAt: at(2).toISOString() }, at(2));
    const { versioned, created } = await saveDraft(db, draft({ title: '学校隆重举行创新工程启动大会' }), at(3));
    expect({ versioned, created }).toEqual({ versioned: true, created: false });
    const [v, ...more] = await versionsOf(db, article.id);
    expect(more).toEqual([]);
    expect(v).toMatchObject({
      articleId: article.id,
      title: '学校举行创新工程启动大会',
      publishedAt: '2021-04-08',
      byline: [{ name: '王海', role: '编辑' }],
      source: '党委宣传部',
      views: draft().views,
      contentHtml: draft().contentHtml,
      textContent: draft().textContent,
      savedAt: at(2).toISOString(),
      replacedAt: at(3).toISOString(),
    });
    expect(v).not.toHaveProperty('highlights');
    expect(v).not.toHaveProperty('tags');
    expect(await db.articles.get(article.id)).toMatchObject({
      title: '学校隆重举行创新工程启动大会',
      highlights: [{ text: '卢建军', note: '书记' }],
    });
  });

  it('each change adds one version, oldest first; a changed date or body counts as a change', async () => {
    const { article } = await saveDraft(db, draft(), at(1));
    await saveDraft(db, draft({ publishedAt: '2021-04-09' }), at(2));
    await saveDraft(db, draft({ publishedAt: '2021-04-09', textContent: '全新的正文。' }), at(3));
    await saveDraft(db, draft({ publishedAt: '2021-04-09', textContent: '全新的正文。' }), at(4));
    expect((await versionsOf(db, article.id)).map((v) => [v.publishedAt, v.textContent.slice(0, 4)])).toEqual([
      ['2021-04-08', '党委书记'],
      ['2021-04-09', '党委书记'],
    ]);
    expect(await db.articles.count()).toBe(1);
  });

  it('a re-clip whose write fails leaves neither the version nor the update behind', async () => {
    const { article } = await saveDraft(db, draft(), at(1));
    vi.spyOn(db.articles, 'put').mockRejectedValueOnce(new Error('disk'));
    await expect(saveDraft(db, draft({ title: '改过的标题' }), at(2))).rejects.toThrow('disk');
    expect(await db.versions.count()).toBe(0);
    expect((await db.articles.get(article.id))!.title).toBe(draft().title);
  });
});

describe('versions go and come back with their article', () => {
  it('deleteArticles removes the versions in the same transaction; restoreArticles puts them back', async () => {
    const { article } = await saveDraft(db, draft(), at(1));
    await saveDraft(db, draft({ title: '新标题' }), at(2));
    const before = await versionsOf(db, article.id);
    const removed = await deleteArticles(db, [article.id]);
    expect(await db.versions.count()).toBe(0);
    await restoreArticles(db, removed);
    expect(await versionsOf(db, article.id)).toEqual(before);
    expect(await db.articles.get(article.id)).not.toHaveProperty('versions');
  });

  it('the trash keeps the versions and Undo restores them', async () => {
    const { article } = await saveDraft(db, draft(), at(1));
    await saveDraft(db, draft({ title: '新标题' }), at(2));
    await trashArticles(db, [article.id], at(3));
    expect(await db.versions.count()).toBe(0);
    expect(await undoDelete(db)).toEqual({ restored: 1, merged: 0 });
    expect((await versionsOf(db, article.id)).map((v) => v.title)).toEqual([draft().title]);
  });

  it('an Undo after the page was clipped again keeps the deleted text as a version of the re-clip', async () => {
    const { article } = await saveDraft(db, draft(), at(1));
    await saveDraft(db, draft({ title: '第二版' }), at(2));
    await trashArticles(db, [article.id], at(3));
    const reclip = await saveDraft(db, draft({ title: '第三版' }), at(4));
    expect(await undoDelete(db)).toEqual({ restored: 1, merged: 1 });
    expect((await versionsOf(db, reclip.article.id)).map((v) => v.title)).toEqual([draft().title, '第二版']);
    expect((await db.articles.get(reclip.article.id))!.title).toBe('第三版');
  });
});
