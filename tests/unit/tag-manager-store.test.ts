// Session 31 (T1): a tag renamed, merged or removed across the whole collection, in one transaction that the search
// index follows, each with an Undo that gives the articles back exactly their tags; a failed write changes nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addTag } from '../../utils/collection/store';
import {
  removeTagEverywhere,
  renameTagEverywhere,
  tagCounts,
  undoTagChange,
} from '../../utils/collection/tags-everywhere';
import { saveDraft } from '../../utils/collection/save-draft';
import { toCard } from '../../utils/collection/card';
import type { StoredCard } from '../../utils/collection/cards-mirror';
import { matchingIds, NO_FILTERS, searchArticles } from '../../utils/collection/query';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { toArticle } from '../../utils/collection/stored-article';
import { isQuotaError } from '../../utils/collection/storage-errors';
import { draft } from './factories';

describe('tags across the collection', () => {
  let db: ClipsDb;
  let ids: string[];
  beforeEach(async () => {
    db = openDb(`tag-manager-${Math.random()}`);
    ids = [];
    for (let i = 1; i <= 5; i++) ids.push((await saveDraft(db, draft(i), new Date(Date.UTC(2026, 0, i)))).article.id);
    // ids 0–2 "reseach" (the typo), 0 also "要闻" before it; ids 2–3 "research"; id 4 none.
    await addTag(db, [ids[0]!], '要闻');
    await addTag(db, ids.slice(0, 3), 'reseach');
    await addTag(db, [ids[0]!], '待读');
    await addTag(db, ids.slice(2, 4), 'research');
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    db.close();
    await db.delete();
  });

  const tagsOf = async (id: string) => (await db.articles.get(id))!.tags;
  const tagged = async (tag: string) => (await matchingIds(db, { ...NO_FILTERS, tag })).sort();
  const found = async (q: string) => (await searchArticles(db, q)).map((a) => a.id).sort();
  const snapshot = async () => JSON.stringify([await db.articles.toArray(), await db.cards.toArray()]);

  it('counts each tag from the tags index', async () => {
    expect(Object.fromEntries(await tagCounts(db))).toEqual({ reseach: 3, research: 2, 要闻: 1, 待读: 1 });
  });

  it('renames a tag on every article that has it, in its place, and search follows', async () => {
    await removeTagEverywhere(db, 'research');
    expect(await found('reseach')).toEqual(ids.slice(0, 3).sort());
    const change = await renameTagEverywhere(db, 'reseach', '  survey  ', new Date('2026-11-30T00:00:00Z'));
    expect(change).toMatchObject({ from: 'reseach', to: 'survey', merged: false });
    expect(change!.edits.map((e) => e.id).sort()).toEqual(ids.slice(0, 3).sort());
    expect(await tagsOf(ids[0]!)).toEqual(['要闻', 'survey', '待读']);
    expect(await tagged('survey')).toEqual(ids.slice(0, 3).sort());
    expect(await tagged('reseach')).toEqual([]);
    // Tags are searchable words: the index was rewritten in the same transaction.
    expect(await found('survey')).toEqual(ids.slice(0, 3).sort());
    expect(await found('reseach')).toEqual([]);
    // Cards (the popup's list and filter menu) follow too, and the change is stamped.
    for (const id of ids) {
      const { doc: _d, ...card } = (await db.cards.get(id)) as StoredCard;
      expect(card).toEqual(toCard(toArticle((await db.articles.get(id))!)));
    }
    expect((await db.articles.get(ids[0]!))!.updatedAt).toBe('2026-11-30T00:00:00.000Z');
  });

  it('does nothing for an empty or unchanged name', async () => {
    const before = await snapshot();
    expect(await renameTagEverywhere(db, 'reseach', '   ')).toBeNull();
    expect(await renameTagEverywhere(db, 'reseach', ' reseach ')).toBeNull();
    expect(await snapshot()).toBe(before);
  });

  it('merges onto an existing tag: an article with both keeps one; Undo gives the old tag back to its articles only', async () => {
    const before = await Promise.all(ids.map(tagsOf));
    const change = (await renameTagEverywhere(db, 'reseach', 'research'))!;
    expect(change.merged).toBe(true);
    expect(change.edits).toHaveLength(3);
    expect(await tagged('research')).toEqual(ids.slice(0, 4).sort());
    expect(await tagsOf(ids[2]!)).toEqual(['research']);
    expect(Object.fromEntries(await tagCounts(db))).toEqual({ research: 4, 要闻: 1, 待读: 1 });
    expect(await found('reseach')).toEqual([]);
    expect(await found('research')).toEqual(ids.slice(0, 4).sort());

    await undoTagChange(db, change);
    expect(await Promise.all(ids.map(tagsOf))).toEqual(before);
    expect(await tagged('reseach')).toEqual(ids.slice(0, 3).sort());
    // Those that had "research" before keep it; those that did not lose it.
    expect(await tagged('research')).toEqual(ids.slice(2, 4).sort());
    expect(await found('reseach')).toEqual(ids.slice(0, 3).sort());
  });

  it('removes a tag from every article (deleting none); Undo puts it back exactly', async () => {
    const before = await Promise.all(ids.map(tagsOf));
    const change = await removeTagEverywhere(db, 'reseach');
    expect(change).toMatchObject({ from: 'reseach', to: null, merged: false });
    expect(change.edits).toHaveLength(3);
    expect(await db.articles.count()).toBe(5);
    expect(await tagged('reseach')).toEqual([]);
    expect(await tagsOf(ids[0]!)).toEqual(['要闻', '待读']);
    expect(await found('reseach')).toEqual([]);
    await undoTagChange(db, change);
    expect(await Promise.all(ids.map(tagsOf))).toEqual(before);
    expect(await found('reseach')).toEqual(ids.slice(0, 3).sort());
  });

  it('an Undo after another edit of an article reverses only the change, keeping that edit', async () => {
    const change = (await renameTagEverywhere(db, 'reseach', '招生'))!;
    await addTag(db, [ids[1]!], '新加');
    await undoTagChange(db, change);
    expect(await tagsOf(ids[1]!)).toEqual(['新加', 'reseach']);
    expect(await tagged('招生')).toEqual([]);
  });

  it('a failing write (a full disk) leaves every article, card and the index as they were', async () => {
    const before = await snapshot();
    const quota = Object.assign(new Error('QuotaExceededError'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError', message: 'The quota has been exceeded.' },
    });
    // The articles are written, then the disk fills: the transaction is abandoned as a whole.
    const put = db.articles.bulkPut.bind(db.articles);
    vi.spyOn(db.articles, 'bulkPut').mockImplementation((async (...args: Parameters<typeof put>) => {
      await put(...args);
      throw quota;
    }) as unknown as typeof put);
    await expect(renameTagEverywhere(db, 'reseach', 'survey')).rejects.toSatisfy(isQuotaError);
    await expect(removeTagEverywhere(db, 'research')).rejects.toSatisfy(isQuotaError);
    vi.restoreAllMocks();
    expect(await snapshot()).toBe(before);
    expect(await found('survey')).toEqual([]);
    expect(await found('reseach')).toEqual(ids.slice(0, 3).sort());
  });

  it('a closed database refuses the write and nothing changes', async () => {
    const before = await snapshot();
    db.close({ disableAutoOpen: true });
    await expect(renameTagEverywhere(db, 'reseach', 'survey')).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    await db.open();
    expect(await snapshot()).toBe(before);
  });
});
