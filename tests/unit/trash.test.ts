// Delete and Undo through the trash: undo survives the popup (the trash is in storage), and merges with a re-clip.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Draft } from '../../utils/model/article';
import { updateArticle } from '../../utils/collection/store';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { pendingTrash, trashArticles, undoDelete, TRASH_MINUTES } from '../../utils/clip/trash';
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

  it('Undo is offered for a short while only', async () => {
    const { article } = await saveDraft(db, draft('正文'));
    const at = new Date('2024-03-01T00:00:00Z');
    await trashArticles(db, [article.id], at);
    expect(await pendingTrash(new Date(at.getTime() + 60e3))).not.toBeNull();
    expect(await pendingTrash(new Date(at.getTime() + (TRASH_MINUTES + 1) * 60e3))).toBeNull();
    expect(await undoDelete(db)).toEqual({ restored: 0, merged: 0 });
  });
});
