// The list's cards in memory follow every write, reading only what changed (utils/collection/card-set.ts): after
// each write the set equals the cards table, and a write that names its cards is read as a change, not whole.
import 'fake-indexeddb/auto';
import { RangeSet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { keysOf, watchCards, type CardsChange } from '../../utils/collection/card-set';
import { openDb, type ClipsDb, type StoredArticle } from '../../utils/collection/db';
import { addTag, deleteArticles, restoreArticles, updateArticle } from '../../utils/collection/store';
import { saveDraft } from '../../utils/collection/save-draft';
import { importCollection } from '../../utils/collection/import-json';
import { exportParts } from '../../utils/collection/export-json';
import { toArticle } from '../../utils/collection/stored-article';
import { win } from './import-window';
import { draft } from './factories';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
let n = 0;
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((s) => s()));

/** A fresh collection of `count` articles and a watch on it, with every change it reported. */
async function watched(count: number, page = 2000) {
  const db = openDb(`card-set-${n++}`);
  for (let i = 0; i < count; i++) await saveDraft(db, draft(i, { url: `http://news.xjtu.edu.cn/info/${i}.htm` }));
  const changes: CardsChange[] = [];
  let failed: unknown = null;
  const w = watchCards(
    db,
    (c) => changes.push({ all: new Map(c.all), delta: c.delta }),
    (e) => (failed = e),
    page,
  );
  stops.push(() => w.stop());
  return { db, w, changes, failed: () => failed };
}

/** Wait until the set's last report equals the cards table. */
async function settles(db: ClipsDb, changes: CardsChange[]) {
  const table = async () => (await db.cards.toArray()).sort(byId);
  await expect
    .poll(async () => [...(changes.at(-1)?.all.values() ?? [])].sort(byId), { timeout: 5000 })
    .toEqual(await table());
}

describe('keysOf', () => {
  it("reads the keys of Dexie's interval tree, as sent or structured-cloned, and refuses a range", () => {
    const keys = ['c', 'a', 'b', 'e', 'd'];
    expect(keysOf(new RangeSet().addKeys(keys))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(keysOf(structuredClone({ ...new RangeSet().addKeys(keys) }))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(keysOf(new RangeSet())).toEqual([]);
    expect(keysOf(new RangeSet('a', 'z'))).toBeNull();
    expect(keysOf(new RangeSet().addKeys(['a', 'q']).add(new RangeSet('m', 'n')))).toBeNull();
  });
});

describe('watchCards', () => {
  it('reads every card once, then each write as the cards it changed, and equals the table after each', async () => {
    const { db, changes, failed } = await watched(60);
    await settles(db, changes);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.delta).toBeNull();
    const ids = (await db.articles.toCollection().primaryKeys()) as string[];

    // One article edited: one card read.
    await updateArticle(db, ids[0]!, { tags: ['要闻'] });
    await settles(db, changes);
    expect(changes.at(-1)!.delta).toEqual({ written: [await db.cards.get(ids[0]!)], removed: [] });

    // A tag on all 60 (Dexie's own notice says "the whole table" past 50 rows): still only those cards.
    const before = changes.length;
    await addTag(db, ids, '待读');
    await settles(db, changes);
    const tagged = changes.slice(before);
    expect(tagged.every((c) => c.delta !== null)).toBe(true);
    expect(tagged.flatMap((c) => c.delta!.written.map((x) => x.id)).sort()).toEqual([...ids].sort());

    // Deleted, restored, raw Dexie writes, an import of new and known articles.
    const rows = await deleteArticles(db, ids.slice(0, 3));
    await settles(db, changes);
    expect(changes.at(-1)!.delta!.removed.sort()).toEqual(ids.slice(0, 3).sort());
    await restoreArticles(db, rows);
    await settles(db, changes);
    await db.articles.update(ids[5]!, { title: 'raw' });
    await settles(db, changes);
    await db.articles.toCollection().modify((a: StoredArticle) => void (a.tags = ['x']));
    await settles(db, changes);
    await db.articles.where('id').equals(ids[7]!).delete();
    await settles(db, changes);
    const known = (await db.articles.limit(5).toArray()).map(toArticle);
    const fresh = Array.from({ length: 70 }, (_, i) => ({
      ...known[0]!,
      id: `new-${i}`,
      url: `http://news.xjtu.edu.cn/new/${i}.htm`,
      canonicalUrl: null,
      title: `new ${i}`,
    }));
    const file = exportParts([...known.map((a) => ({ ...a, title: `again ${a.title}` })), ...fresh]).join('');
    await importCollection(db, file, new Date(), { win });
    await settles(db, changes);
    expect(changes.at(-1)!.all.size).toBeGreaterThanOrEqual(57 + 70);

    // A clear is a range: everything is read again.
    await db.articles.clear();
    await settles(db, changes);
    expect(changes.at(-1)!.delta).toBeNull();
    expect(changes.at(-1)!.all.size).toBe(0);
    expect(failed()).toBeNull();
  });

  it('holds its first read between pages while asked, and goes on when let go', async () => {
    const { db, w, changes } = await watched(8, 2);
    w.hold(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(changes).toHaveLength(0);
    w.hold(false);
    await settles(db, changes);
    expect(changes[0]!.all.size).toBe(8);
  });

  it('lets a hold nobody releases lapse, so the list still loads', async () => {
    const { db, w, changes } = await watched(8, 2);
    w.hold(true);
    await settles(db, changes);
    expect(changes[0]!.all.size).toBe(8);
  });

  it('stops hearing changes once stopped', async () => {
    const { db, w, changes } = await watched(2);
    await settles(db, changes);
    w.stop();
    await saveDraft(db, draft(99, { url: 'http://news.xjtu.edu.cn/info/99.htm' }));
    await new Promise((r) => setTimeout(r, 200));
    expect(changes).toHaveLength(1);
  });
});
