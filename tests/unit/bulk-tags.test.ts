// Review 30, R8 #3: a tag added to several articles can be taken off them again (Undo), and removed in bulk, each
// write telling exactly which articles it changed, so an undo changes those and no others.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTag, removeTag } from '../../utils/collection/store';
import { saveDraft } from '../../utils/collection/save-draft';
import { toCard } from '../../utils/collection/card';
import type { StoredCard } from '../../utils/collection/cards-mirror';
import { matchingIds, NO_FILTERS } from '../../utils/collection/query';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { toArticle } from '../../utils/collection/stored-article';
import { draft } from './factories';

describe('bulk tags', () => {
  let db: ClipsDb;
  let ids: string[];
  beforeEach(async () => {
    db = openDb(`bulk-tags-${Math.random()}`);
    ids = [];
    for (let i = 1; i <= 4; i++) ids.push((await saveDraft(db, draft(i), new Date(Date.UTC(2026, 0, i)))).article.id);
  });
  afterEach(() => db.delete());

  const tagsOf = async (id: string) => (await db.articles.get(id))!.tags;
  const tagged = (tag: string) => matchingIds(db, { ...NO_FILTERS, tag });

  it('adding names the articles that did not have the tag; undoing removes it from those only', async () => {
    await addTag(db, [ids[0]!], 'clmate');
    const added = await addTag(db, [...ids, 'missing'], ' clmate ');
    expect(added.sort()).toEqual(ids.slice(1).sort());
    expect((await tagged('clmate')).sort()).toEqual([...ids].sort());

    expect((await removeTag(db, added, 'clmate')).sort()).toEqual(added.sort());
    // The article that carried it before the bulk tag keeps it.
    expect(await tagged('clmate')).toEqual([ids[0]]);
  });

  it('removing names the articles that had the tag; putting it back restores exactly those', async () => {
    await addTag(db, ids.slice(0, 2), '待读');
    await addTag(db, [ids[0]!], '要闻');
    const removed = await removeTag(db, ids, '待读');
    expect(removed.sort()).toEqual(ids.slice(0, 2).sort());
    expect(await tagged('待读')).toEqual([]);
    expect(await tagsOf(ids[0]!)).toEqual(['要闻']);
    expect(await removeTag(db, ids, '待读')).toEqual([]);
    expect(await removeTag(db, ids, '  ')).toEqual([]);

    expect((await addTag(db, removed, '待读')).sort()).toEqual(removed.sort());
    expect((await tagged('待读')).sort()).toEqual(ids.slice(0, 2).sort());
    expect(await tagsOf(ids[2]!)).toEqual([]);
  });

  it('keeps each card equal to its article, and stamps the change', async () => {
    await addTag(db, ids, 'x');
    await removeTag(db, ids.slice(0, 3), 'x', new Date('2026-11-30T00:00:00Z'));
    for (const id of ids) {
      const a = (await db.articles.get(id))!;
      const { doc: _d, ...card } = (await db.cards.get(id)) as StoredCard;
      expect(card).toEqual(toCard(toArticle(a)));
    }
    expect((await db.articles.get(ids[0]!))!.updatedAt).toBe('2026-11-30T00:00:00.000Z');
  });
});
