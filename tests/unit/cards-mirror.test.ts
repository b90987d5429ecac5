// The cards table mirrors the articles table whatever writes to it: the store's functions, an import, or
// Dexie calls made directly (update, modify, delete by query, clear, a bulkAdd that is partly refused).
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { Dexie, RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../utils/model/article';
import { toCard } from '../../utils/collection/card';
import type { StoredCard } from '../../utils/collection/cards-mirror';
import { keysOf } from '../../utils/collection/card-set';
import { changedCardsPart } from '../../utils/collection/cards-mirror';
import { addTag, deleteArticles, removeTag, restoreArticles, updateArticle } from '../../utils/collection/store';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb, type StoredArticle } from '../../utils/collection/db';
import { exportParts } from '../../utils/collection/export-json';
import { importCollection } from '../../utils/collection/import-json';
import { hasPhrases, toArticle, toStored } from '../../utils/collection/stored-article';
import { prepareSegment } from '../../utils/collection/index/index-writer';
import { queryTokens } from '../../utils/collection/search-words';
import { indexMatches, scanMatches } from '../../utils/collection/index/index-reader';
import { mergeSegments } from '../../utils/collection/index/merge';
import { rebuildIndex } from '../../utils/collection/index/rebuild';
import { win } from './import-window';
import { draft as base } from './factories';

/**
 * Searching the index gives exactly what reading every article gives; a one-character Han query (章 and 议 end
 * their runs, 卢 starts one), exactly the articles whose text holds the character.
 */
async function expectIndexed(db: ClipsDb) {
  for (const q of ['卢建军', '会议', 'plain', 'raw', '文章', 't', 're 文章', '6352', 'import', 'p1', '章', '议', '卢'])
    expect((await indexMatches(db, queryTokens(q))).ids, q).toEqual(await scanMatches(db, queryTokens(q)));
  const all = await db.articles.toArray();
  for (const c of ['章', '议', '卢'])
    expect((await indexMatches(db, queryTokens(c))).ids, c).toEqual(
      new Set(all.filter((a) => hasPhrases(a, [c])).map((a) => a.id)),
    );
}

const draft = (i: number, over: Partial<Draft> = {}): Draft =>
  base(i, {
    url: `http://news.xjtu.edu.cn/info/${i}.htm`,
    site: { host: i % 2 ? 'news.xjtu.edu.cn' : 'news.mit.edu', name: null, university: null },
    title: `文章 ${i}`,
    publishedAt: i % 3 ? `2021-04-0${(i % 9) + 1}` : null,
    contentHtml: '<p>x</p>',
    textContent: i % 4 ? '党委书记卢建军主持会议，“6352”工程启动。' : 'plain',
    ...over,
  });

/** Every article's card, exactly: what the popup would read. */
async function expectMirrored(db: ClipsDb) {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  const articles = (await db.articles.toArray()).sort(byId);
  const cards = (await db.cards.toArray()).sort(byId) as StoredCard[];
  expect(cards.map(({ doc: _d, ...c }) => c)).toEqual(articles.map(toCard));
  // v7: each card holds its article's current doc in the search index, none shared.
  expect(cards.every((c) => typeof c.doc === 'number')).toBe(true);
  expect(new Set(cards.map((c) => c.doc)).size).toBe(cards.length);
}

const op = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), i: fc.nat(8), title: fc.string({ maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('update' as const),
    k: fc.nat(),
    tags: fc.array(fc.constantFrom('待读', '要闻', 'x'), { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('delete-restore' as const), k: fc.nat(), restore: fc.boolean() }),
  fc.record({ kind: fc.constant('bulk-tag' as const), tag: fc.constantFrom('待读', '要闻') }),
  fc.record({ kind: fc.constant('bulk-untag' as const), tag: fc.constantFrom('待读', '要闻'), k: fc.nat() }),
  fc.record({ kind: fc.constant('raw-update' as const), k: fc.nat(), title: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('raw-modify' as const), tag: fc.constantFrom('待读', '要闻') }),
  fc.record({
    kind: fc.constant('raw-delete-where' as const),
    host: fc.constantFrom('news.mit.edu', 'news.xjtu.edu.cn'),
  }),
  fc.record({ kind: fc.constant('raw-bulk-add' as const), k: fc.nat() }),
  fc.record({ kind: fc.constant('reimport' as const) }),
  // New articles imported in small batches: each batch's segment is built before its transaction; articles already
  // there (merged) make a batch write other rows than it prepared.
  fc.record({ kind: fc.constant('import-new' as const), k: fc.nat(3), batch: fc.integer({ min: 1, max: 3 }) }),
  // The same prepared rows written twice: the second write indexes them again under new doc ids.
  fc.record({ kind: fc.constant('prepared-twice' as const), k: fc.nat(2) }),
  fc.record({ kind: fc.constant('clear' as const) }),
  fc.record({ kind: fc.constant('merge' as const) }),
  fc.record({ kind: fc.constant('rebuild' as const) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

async function apply(db: ClipsDb, o: Op, step: number) {
  const ids = (await db.articles.toCollection().primaryKeys()) as string[];
  const pick = (k: number) => ids[k % Math.max(1, ids.length)];
  const now = new Date(Date.UTC(2026, 0, 1, 0, 0, step));
  switch (o.kind) {
    case 'save':
      return saveDraft(db, draft(o.i, { title: `t${o.title}` }), now);
    case 'update':
      return ids.length && updateArticle(db, pick(o.k)!, { tags: o.tags, publishedAt: '2020-01-01' }, now);
    case 'delete-restore': {
      const rows = await deleteArticles(db, ids.length ? [pick(o.k)!] : []);
      return o.restore && restoreArticles(db, rows);
    }
    case 'bulk-tag':
      return addTag(db, ids, o.tag, now);
    case 'bulk-untag':
      return removeTag(db, ids.slice(o.k % Math.max(1, ids.length)), o.tag, now);
    case 'raw-update':
      return ids.length && db.articles.update(pick(o.k)!, { title: `raw ${o.title}` });
    case 'raw-modify':
      return db.articles
        .filter((a) => a.site.host === 'news.xjtu.edu.cn')
        .modify((a: StoredArticle) => {
          a.tags = [o.tag];
        });
    case 'raw-delete-where':
      return db.articles.filter((a) => a.site.host === o.host).delete();
    case 'raw-bulk-add': {
      // One new article and one whose id exists already: bulkAdd writes the first and refuses the second.
      if (!ids.length) return;
      const old = (await db.articles.get(pick(o.k)!))!;
      return db.articles
        .bulkAdd([{ ...old, id: `added-${step}`, url: `http://x.edu/${step}` }, old])
        .catch(() => undefined);
    }
    case 'reimport': {
      const file = exportParts((await db.articles.toArray()).map(toArticle), now).join('');
      return importCollection(db, file.replace(/"title":"/g, '"title":"re '), now, { win });
    }
    case 'import-new': {
      const have = (await db.articles.toArray()).map(toArticle);
      const fresh = have.slice(0, o.k + 1).map((a, j) => ({
        ...a,
        id: `imp-${step}-${j}`,
        url: `http://news.xjtu.edu.cn/imp/${step}/${j}.htm`,
        canonicalUrl: null,
        title: `import ${step} ${j}`,
      }));
      const file = exportParts([...fresh, ...have.slice(0, 1)], now).join('');
      return importCollection(db, file, now, { win, batch: o.batch });
    }
    case 'prepared-twice': {
      const rows = (await db.articles.limit(o.k + 1).toArray()).map((a) =>
        toStored({ ...toArticle(a), title: `p${step}` }),
      );
      await prepareSegment(rows);
      await db.articles.bulkPut(rows);
      return db.articles.bulkPut(rows);
    }
    case 'clear':
      return db.articles.clear();
    case 'merge':
      return mergeSegments(db);
    case 'rebuild':
      return rebuildIndex(db, true);
  }
}

describe('cards mirror and search index', () => {
  it('after any sequence of writes, the cards are exactly the cards of the articles, and search equals a scan', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const db = openDb(`mirror-${n++}`);
        try {
          for (const [step, o] of ops.entries()) await apply(db, o, step);
          await expectMirrored(db);
          await expectIndexed(db);
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a write that fails leaves both tables as they were', async () => {
    const db = openDb('mirror-fail');
    await saveDraft(db, draft(1));
    const before = [await db.articles.toArray(), await db.cards.toArray()];
    await expect(
      db.transaction('rw', db.articles, async () => {
        await db.articles.put({ ...(await db.articles.toArray())[0]!, title: 'changed' });
        await db.articles.put({ ...(await db.articles.toArray())[0]!, id: 'other', url: 'http://x.edu/other' });
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect([await db.articles.toArray(), await db.cards.toArray()]).toEqual(before);
    await expectMirrored(db);
    await expectIndexed(db);
    await db.delete();
  });
});

describe("the cards mirror's change notice", () => {
  it('names the cards a write touched as one range with their ids beside it, which Dexie copies cheaply', async () => {
    const db = openDb('mirror-notice');
    const heard: Record<string, unknown>[] = [];
    const listen = (parts: unknown) => void heard.push(parts as Record<string, unknown>);
    Dexie.on('storagemutated', listen);
    try {
      const rows = Array.from({ length: 120 }, (_, i) =>
        toStored({
          ...draft(i),
          id: `id-${1000 - i}`,
          tags: [],
          entities: [],
          highlights: [],
          clippedAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        }),
      );
      await db.articles.bulkPut(rows);
      // Two writes in one transaction: one notice naming both.
      await db.transaction('rw', db.articles, async () => {
        await db.articles.put(rows[0]!);
        await db.articles.delete(rows[1]!.id);
      });
      const notices = heard.map((p) => p[changedCardsPart(db.name)]).filter(Boolean) as RangeSet[];
      expect(notices).toHaveLength(2);
      const [batch, both] = notices.map((n) => structuredClone({ ...n }) as { l?: null; r?: null });
      // One node, not a tree of 120: what every live query of every open page merges into its own set.
      expect(batch).toMatchObject({ from: 'id-1000', to: 'id-999' });
      expect([batch!.l ?? null, batch!.r ?? null]).toEqual([null, null]);
      expect(keysOf(batch)!.sort()).toEqual(rows.map((r) => r.id).sort());
      expect(keysOf(both)).toEqual([rows[0]!.id, rows[1]!.id]);
      // A clear names a range: readers read everything.
      await db.articles.clear();
      expect(keysOf(heard.at(-1)![changedCardsPart(db.name)] as RangeSet)).toBeNull();
    } finally {
      Dexie.on('storagemutated').unsubscribe(listen);
      await db.delete();
    }
  });
});
