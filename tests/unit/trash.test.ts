// Delete and Undo through the trash: undo survives the popup (the trash is in storage), and merges with a re-clip.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Draft } from '../../utils/model/article';
import { updateArticle } from '../../utils/collection/store';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { pendingTrash, trashArticles, undoDelete, TRASH_LOCK, TRASH_MINUTES } from '../../utils/clip/trash';
import { toArticle } from '../../utils/collection/stored-article';
import { draft as base } from './factories';

let db: ClipsDb;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`trash-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const draft = (body: string): Draft =>
  base(140512, {
    site: { host: 'news.xjtu.edu.cn', name: null, university: '西安交通大学' },
    title: '启动大会',
    publishedAt: '2021-04-08T23:00:00+08:00',
    views: 1,
    contentHtml: `<p>${body}</p>`,
    textContent: body,
  });

describe('trash', () => {
  it('a deleted article comes back whole after the page that deleted it is gone (a fresh connection)', async () => {
    const { article } = await saveDraft(db, draft('旧正文'));
    await updateArticle(db, article.id, {
      tags: ['重要'],
      highlights: [{ text: '旧正文', note: '笔记', createdAt: '2024-01-01T00:00:00Z' }],
    });
    const before = await db.articles.get(article.id);
    await trashArticles(db, [article.id]);
    expect(await db.articles.count()).toBe(0);
    db.close();
    const again = openDb(db.name);
    expect((await pendingTrash())?.articles).toHaveLength(1);
    expect(await undoDelete(again)).toEqual({ restored: 1, merged: 0 });
    expect(await again.articles.get(article.id)).toEqual(before);
    expect(await pendingTrash()).toBeNull();
    db = again;
  });

  it('undo after the same page was clipped again keeps the new text and restores the old tags and notes', async () => {
    const { article } = await saveDraft(db, draft('旧正文'), new Date('2024-01-01T00:00:00Z'));
    const note = { text: '旧正文', note: '笔记', createdAt: '2024-01-01T00:00:00Z' };
    await updateArticle(db, article.id, { tags: ['重要'], highlights: [note] });
    await trashArticles(db, [article.id]);
    const { article: reclip } = await saveDraft(db, draft('新正文'), new Date('2024-02-01T00:00:00Z'));
    await updateArticle(db, reclip.id, { tags: ['新标签'] });
    expect(await undoDelete(db)).toEqual({ restored: 1, merged: 1 });
    const all = await db.articles.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      id: reclip.id,
      textContent: '新正文',
      tags: ['新标签', '重要'],
      highlights: [note],
      clippedAt: '2024-01-01T00:00:00.000Z',
    });
  });

  // Review 31, R11 #1: one trash that each delete replaced let window A's Undo restore window B's later delete,
  // and A's articles were gone for good.
  it("an Undo restores its own delete, not a later one made in another window; the later one's Undo still works", async () => {
    const one = (await saveDraft(db, draft('一'))).article;
    const two = (await saveDraft(db, { ...draft('二'), url: 'http://news.xjtu.edu.cn/info/1033/2.htm' })).article;
    const a = await trashArticles(db, [one.id]);
    const b = await trashArticles(db, [two.id]);
    expect(await db.articles.count()).toBe(0);
    expect(await undoDelete(db, a.trashId)).toEqual({ restored: 1, merged: 0 });
    expect((await db.articles.toArray()).map((r) => r.id)).toEqual([one.id]);
    // The later delete is still on offer (a popup opened now offers it), and its Undo brings it back.
    expect((await pendingTrash())?.id).toBe(b.trashId);
    expect(await undoDelete(db, b.trashId)).toEqual({ restored: 1, merged: 0 });
    expect(await db.articles.count()).toBe(2);
    expect(await pendingTrash()).toBeNull();
  });

  it('a trash written before session 31 (one delete, no id) is still offered and undone', async () => {
    const { article } = await saveDraft(db, draft('正文'));
    const old = { deletedAt: new Date().toISOString(), articles: [toArticle((await db.articles.get(article.id))!)] };
    await db.articles.delete(article.id);
    await fakeBrowser.storage.local.set({ trash: old });
    const offered = await pendingTrash();
    expect(offered?.id).toBe(old.deletedAt);
    expect(await undoDelete(db, offered!.id)).toEqual({ restored: 1, merged: 0 });
    expect(await db.articles.count()).toBe(1);
  });

  it('Undo is offered for a short while only', async () => {
    const { article } = await saveDraft(db, draft('正文'));
    const at = new Date('2024-03-01T00:00:00Z');
    await trashArticles(db, [article.id], at);
    expect(await pendingTrash(new Date(at.getTime() + 60e3))).not.toBeNull();
    expect(await pendingTrash(new Date(at.getTime() + (TRASH_MINUTES + 1) * 60e3))).toBeNull();
    expect(await undoDelete(db)).toEqual({ restored: 0, merged: 0 });
  });

  it('two Undos of one delete at once (a double press, two windows) restore it once; the second finds nothing', async () => {
    const one = (await saveDraft(db, draft('一'))).article;
    const two = (await saveDraft(db, { ...draft('二'), url: 'http://news.xjtu.edu.cn/info/1033/2.htm' })).article;
    await updateArticle(db, one.id, { tags: ['重要'] });
    const before = await db.articles.orderBy('id').toArray();
    await trashArticles(db, [one.id, two.id]);
    const other = openDb(db.name);
    const results = await Promise.all([undoDelete(db), undoDelete(other)]);
    other.close();
    expect(results).toContainEqual({ restored: 2, merged: 0 });
    // Not { restored: 2, merged: 2 }: the first one's restored articles are no re-clips.
    expect(results).toContainEqual({ restored: 0, merged: 0 });
    expect(await db.articles.orderBy('id').toArray()).toEqual(before);
    expect(await db.versions.count()).toBe(0);
    expect(await pendingTrash()).toBeNull();
  });

  it('holds the trash lock while restoring, where pages share Web Locks', async () => {
    const { article } = await saveDraft(db, draft('正文'));
    await trashArticles(db, [article.id]);
    let queue = Promise.resolve();
    const request = vi.fn((name: string, fn: () => Promise<unknown>) => {
      const run = queue.then(fn);
      queue = run.then(
        () => {},
        () => {},
      );
      return run;
    });
    vi.stubGlobal('navigator', { locks: { request } });
    try {
      const results = await Promise.all([undoDelete(db), undoDelete(db)]);
      expect(results).toEqual([
        { restored: 1, merged: 0 },
        { restored: 0, merged: 0 },
      ]);
      expect(request.mock.calls.map(([name]) => name)).toEqual([TRASH_LOCK, TRASH_LOCK]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('puts a large trash back in one write: one new search-index segment, not one per article', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (await saveDraft(db, { ...draft(`正文${i}`), url: `http://news.xjtu.edu.cn/info/1033/${i}.htm` })).article.id,
      );
    await trashArticles(db, ids);
    const segments = await db.table('segments').count();
    expect(await undoDelete(db)).toEqual({ restored: 5, merged: 0 });
    expect(await db.table('segments').count()).toBe(segments + 1);
    expect(await db.articles.count()).toBe(5);
  });
});
