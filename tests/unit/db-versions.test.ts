// A saved example of each schema version opens with the current code and reads back whole; each upgrade is
// tested from the version before it (shipped versions are never edited).
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import example from '../fixtures/db/v1-example.json';
import v4rows from '../fixtures/db/v4-example.json';
import v5example from '../fixtures/db/v5-example.json';
import { INDEX_STORES } from '../../utils/collection/index/index-tables';
import { JOURNAL_STORE } from '../../utils/collection/import-journal';
import { findSame } from '../../utils/collection/store';
import { saveDraft } from '../../utils/collection/save-draft';
import { versionsOf } from '../../utils/collection/versions';
import { matchingIds, NO_FILTERS, searchArticles } from '../../utils/collection/query';
import { toCard } from '../../utils/collection/card';
import { toArticle, toStored, wordsOf } from '../../utils/collection/stored-article';
import { queryTokens } from '../../utils/collection/search-words';
import { scanMatches } from '../../utils/collection/index/index-reader';
import { openDb, type ClipsDb, type StoredArticle } from '../../utils/collection/db';
import type { StoredCard } from '../../utils/collection/cards-mirror';
import type { DocRow } from '../../utils/collection/index/index-tables';
import type { JournalRow } from '../../utils/collection/import-journal';
import v6example from '../fixtures/db/v6-example.json';
import v6journal from '../fixtures/db/v6-import-in-progress.json';
import { exportAllBlob, exportAllParts } from '../../utils/collection/export-collection';
import { exportParts } from '../../utils/collection/export-json';

/** Versions 1 and 2 exactly as shipped. */
const V1 = { articles: 'id, &url, canonicalUrl, site.host, publishedAt, clippedAt, *tags, *words' };
const V2 = {
  articles: 'id, &url, canonicalUrl, site.host, publishedAt, clippedAt, *tags, *words, *names, sortPublished',
};
/** Version 3 exactly as shipped (v1 and v2 stores, plus cards). */
const V3 = { ...V2, cards: 'id' };
/** Version 4 exactly as shipped: no *words, the search index segments and the import journal. */
const V4 = {
  articles: 'id, &url, canonicalUrl, site.host, publishedAt, clippedAt, *tags, *names, sortPublished',
  ...INDEX_STORES,
  ...JOURNAL_STORE,
};
/** Version 5 exactly as shipped: address keys, and earlier versions in their own table. */
const V5 = {
  articles: 'id, &url, canonicalUrl, site.host, publishedAt, clippedAt, *tags, *names, sortPublished, *keys',
  versions: '++vid, articleId, [articleId+savedAt]',
};
/** Version 6 exactly as shipped: only the article indexes something reads. */
const V6 = { articles: 'id, &url, clippedAt, *tags, sortPublished, *keys' };
const CURRENT = 7;

/** Cards as the list reads them: without the doc v7 stores on each (the search index's, cards-mirror.ts). */
const plainCards = async (db: ClipsDb) => (await db.cards.toArray()).map(({ doc: _d, ...c }: StoredCard) => c);

/** A saved database (every table), binary index blocks saved as `{ u8: [...] }`. */
const savedTables = (saved: unknown) =>
  JSON.parse(JSON.stringify(saved), (_k, v: unknown) =>
    v && typeof v === 'object' && 'u8' in v ? new Uint8Array((v as { u8: number[] }).u8) : v,
  ) as Record<string, unknown[]>;

/** A row as versions 1–3 stored it: with its search words. */
const withWords = (a: StoredArticle) => ({ ...a, words: wordsOf(a) });
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

describe('schema version 1 → current', () => {
  it('a database written by v1 is upgraded: every article kept whole, names, publication order and cards filled in', async () => {
    const old = new Dexie('v1-db');
    old.version(1).stores(V1);
    const undated = {
      ...example,
      id: 'undated',
      url: 'http://news.xjtu.edu.cn/info/1033/1.htm',
      publishedAt: null,
      clippedAt: '2026-10-01T00:00:00.000Z',
      entities: [{ text: '卢建军', kind: 'person', role: '党委书记', count: 2 }],
    };
    await old.table('articles').bulkPut([example, undated]);
    old.close();

    const db = openDb('v1-db');
    await db.open();
    expect(db.verno).toBe(CURRENT);
    expect(await searchArticles(db, '卢建军')).toEqual([
      toArticle(example as StoredArticle),
      toArticle(undated as StoredArticle),
    ]);
    expect(await db.articles.where('tags').equals('交大要闻').count()).toBe(2);
    // v2 indexes answer the person filter and the publication order without reading bodies.
    expect(await matchingIds(db, { ...NO_FILTERS, name: '卢建军' })).toEqual(['undated']);
    expect(await matchingIds(db, NO_FILTERS, 'published')).toEqual(['undated', example.id]);
    expect((await db.articles.get('undated'))!.sortPublished).toBe('2026-10-01T00:00:00.000Z');
    expect((await db.cards.get('undated'))!.sortPublished).toBe('2026-10-01T00:00:00.000Z');
    expect(await db.cards.count()).toBe(2);
    await db.delete();
  });
});

describe('schema version 2 → current', () => {
  it('a database written by v2 gets one card per article, equal to the card of the article; articles untouched', async () => {
    const entities = [
      { text: '西安交通大学', kind: 'organization' as const, count: 3 },
      { text: '卢建军', kind: 'person' as const, role: '党委书记', count: 2 },
      { text: '“6352”工程', kind: 'program' as const, count: 4 },
      { text: '强基计划', kind: 'program' as const, count: 1 },
    ];
    const rows = [
      example as StoredArticle,
      { ...(example as StoredArticle), id: 'b', url: 'http://x.edu/b', publishedAt: null, tags: [], entities },
    ].map((a) => toStored(toArticle(a)));
    const old = new Dexie('v2-db');
    old.version(1).stores(V1);
    old.version(2).stores(V2);
    await old.table('articles').bulkPut(rows.map(withWords));
    old.close();

    const db = openDb('v2-db');
    await db.open();
    expect(db.verno).toBe(CURRENT);
    expect(await db.articles.toArray()).toEqual(rows);
    expect(await plainCards(db)).toEqual(rows.map(toCard));
    expect((await db.cards.get('b'))!.sortPublished).toBe(example.clippedAt);
    // The list's chips: the first people and programs; the name filter: every name.
    expect(await db.cards.get('b')).toMatchObject({
      chips: [
        { text: '卢建军', kind: 'person' },
        { text: '“6352”工程', kind: 'program' },
      ],
      names: entities.map((e) => e.text),
    });
    await db.delete();
  });
});

describe('schema version 3 → 4', () => {
  it('a database written by v3 loses the *words index and the words, and gets a search index that agrees with a scan', async () => {
    const rows = [
      example as StoredArticle,
      { ...(example as StoredArticle), id: 'b', url: 'http://x.edu/b', title: 'Provost Jane Doe visits', tags: [] },
      { ...(example as StoredArticle), id: 'c', url: 'http://x.edu/c', textContent: '无关的内容', entities: [] },
    ].map((a) => toStored(toArticle(a)));
    const old = new Dexie('v3-db');
    old.version(1).stores(V1);
    old.version(2).stores(V2);
    old.version(3).stores(V3);
    await old.table('articles').bulkPut(rows.map(withWords));
    await old.table('cards').bulkPut(rows.map(toCard));
    old.close();

    const db = openDb('v3-db');
    await db.open();
    expect(db.verno).toBe(CURRENT);
    expect(db.articles.schema.indexes.map((i) => i.name)).not.toContain('words');
    expect((await db.articles.toArray()).sort(byId)).toEqual(rows.sort(byId));
    expect((await plainCards(db)).sort(byId)).toEqual(rows.map(toCard).sort(byId));
    for (const q of ['卢建军', '创新港', 'jane', 'provost doe', '无关', '交大要闻', 'nothing-here'])
      expect(new Set(await matchingIds(db, { ...NO_FILTERS, query: q }))).toEqual(
        await scanMatches(db, queryTokens(q)),
      );
    expect(await matchingIds(db, { ...NO_FILTERS, query: 'provost doe' })).toEqual(['b']);
    expect((await matchingIds(db, { ...NO_FILTERS, query: '无关' })).sort()).toEqual(['c']);
    expect(await db.table('segments').count()).toBeGreaterThan(0);
    await db.delete();
  });
});

describe('schema version 4 → 5', () => {
  it('a database written by v4 keeps every article whole, gains address keys without tracking parameters and an empty versions table', async () => {
    const old = new Dexie('v4-db');
    old.version(1).stores(V1);
    old.version(2).stores(V2);
    old.version(3).stores(V3);
    old.version(4).stores(V4);
    await old.table('articles').bulkPut(v4rows);
    await old.table('cards').bulkPut((v4rows as StoredArticle[]).map(toCard));
    old.close();

    const db = openDb('v4-db');
    await db.open();
    expect(db.verno).toBe(CURRENT);
    const rows = (await db.articles.toArray()).sort(byId);
    expect(rows.map(toArticle)).toEqual((v4rows as StoredArticle[]).map(toArticle).sort(byId));
    expect(rows.map((r) => r.keys)).toEqual([
      ['http://news.xjtu.edu.cn/info/1033/140512.htm'],
      ['https://news.mit.edu/2026/story-1101'],
    ]);
    expect(await db.versions.count()).toBe(0);
    // Found by the clean address, whatever tracking the first clip's URL carried.
    expect((await findSame(db, 'http://news.xjtu.edu.cn/info/1033/140512.htm', null))?.id).toBe(v4rows[0]!.id);
    expect((await findSame(db, 'https://news.mit.edu/2026/story-1101?utm_medium=email', null))?.id).toBe(v4rows[1]!.id);
    // A re-clip of an upgraded article with a new headline keeps the old one as a version, and the first URL.
    const { created, versioned, article } = await saveDraft(db, {
      ...toArticle(v4rows[0] as StoredArticle),
      url: 'http://news.xjtu.edu.cn/info/1033/140512.htm',
      title: '新标题',
    });
    expect({ created, versioned, url: article.url }).toEqual({ created: false, versioned: true, url: v4rows[0]!.url });
    expect((await versionsOf(db, article.id)).map((v) => v.title)).toEqual([v4rows[0]!.title]);
    await db.delete();
  });
});

describe('schema version 5 → 6', () => {
  /** The saved v5 database (every table, as written by v5's code), binary index blocks saved as `{ u8: [...] }`. */
  const tables = savedTables(v5example);

  it('a database written by v5 keeps every table whole and loses only the indexes nothing reads', async () => {
    const old = new Dexie('v5-db');
    old.version(1).stores(V1);
    old.version(2).stores(V2);
    old.version(3).stores(V3);
    old.version(4).stores(V4);
    old.version(5).stores(V5);
    await old.transaction('rw', old.tables, () =>
      Promise.all(Object.entries(tables).map(([name, rows]) => old.table(name).bulkPut(rows))),
    );
    old.close();

    const db = openDb('v5-db');
    await db.open();
    expect(db.verno).toBe(CURRENT);
    expect(db.articles.schema.indexes.map((i) => i.name).sort()).toEqual([
      'clippedAt',
      'keys',
      'sortPublished',
      'tags',
    ]);
    const sorted = (rows: unknown[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    // Every table whole; v7 moved each article's doc from `docs` onto its card.
    for (const [name, rows] of Object.entries(tables))
      if (name !== 'docs')
        expect(sorted(name === 'cards' ? await plainCards(db) : await db.table(name).toArray()), name).toEqual(
          sorted(rows),
        );
    const articles = tables.articles as StoredArticle[];
    // The index v5 wrote still answers, equal to a scan (tombstones of the deleted and re-clipped kept).
    for (const q of ['卢建军', '6352', 'jane doe', '强基计划', '新标题', '删除', 'nothing-here'])
      expect(new Set(await matchingIds(db, { ...NO_FILTERS, query: q })), q).toEqual(
        await scanMatches(db, queryTokens(q)),
      );
    expect(await matchingIds(db, { ...NO_FILTERS, query: 'jane doe' })).toEqual([articles[1]!.id]);
    // What the dropped indexes served reads the cards and the address keys now.
    expect(await matchingIds(db, { ...NO_FILTERS, name: '卢建军' })).toEqual([articles[0]!.id]);
    expect((await findSame(db, 'https://news.mit.edu/2026/story-2', null))?.id).toBe(articles[1]!.id);
    expect((await matchingIds(db, NO_FILTERS, 'published')).length).toBe(3);
    const reclipped = articles.find((a) => a.title === '第3篇 新标题')!;
    expect((await versionsOf(db, reclipped.id)).map((v) => v.title)).toEqual(['第3篇 新闻 Article 3']);
    // Written to after the upgrade: the index and the cards follow.
    await saveDraft(db, { ...toArticle(articles[0]!), title: '卢建军 出席大会' });
    expect(await matchingIds(db, { ...NO_FILTERS, query: '出席大会' })).toEqual([articles[0]!.id]);
    expect((await db.cards.get(articles[0]!.id))!.title).toBe('卢建军 出席大会');
    await db.delete();
  });
});

describe('schema version 6 → 7', () => {
  /** Open a saved v6 database (every table, as v6's code wrote it) with the current code. */
  async function upgraded(name: string, saved: unknown) {
    const tables = savedTables(saved);
    const old = new Dexie(name);
    old.version(1).stores(V1);
    old.version(2).stores(V2);
    old.version(3).stores(V3);
    old.version(4).stores(V4);
    old.version(5).stores(V5);
    old.version(6).stores(V6);
    await old.transaction('rw', old.tables, () =>
      Promise.all(Object.entries(tables).map(([t, rows]) => old.table(t).bulkPut(rows))),
    );
    old.close();
    const db = openDb(name);
    await db.open();
    return { db, tables };
  }
  const sorted = (rows: unknown[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  const QUERIES = [
    '卢建军',
    '6352',
    'jane doe',
    '强基计划',
    '新标题',
    '删除',
    'commencement',
    '导入',
    '中断',
    'nothing-here',
  ];

  it('keeps every article, card, tag, version, highlight and search answer; the docs move onto the cards', async () => {
    const { db, tables } = await upgraded('v6-db', v6example);
    expect(db.verno).toBe(CURRENT);
    expect(db.tables.map((t) => t.name)).not.toContain('docs');
    expect(db.articles.schema.indexes.map((i) => i.name).sort()).toEqual([
      'clippedAt',
      'keys',
      'sortPublished',
      'tags',
    ]);
    for (const [name, rows] of Object.entries(tables))
      if (name !== 'docs')
        expect(sorted(name === 'cards' ? await plainCards(db) : await db.table(name).toArray()), name).toEqual(
          sorted(rows),
        );
    // Each card holds the doc its article had in `docs`.
    const docs = new Map((tables.docs as DocRow[]).map((d) => [d.id, d.doc]));
    expect(new Map(((await db.cards.toArray()) as StoredCard[]).map((c) => [c.id, c.doc]))).toEqual(docs);
    const articles = tables.articles as StoredArticle[];
    const reclipped = articles.find((a) => a.title === '第3篇 新标题')!;
    // The index v6 wrote still answers, equal to a scan (the deleted and re-clipped stay tombstoned).
    for (const q of QUERIES)
      expect(new Set(await matchingIds(db, { ...NO_FILTERS, query: q })), q).toEqual(
        await scanMatches(db, queryTokens(q)),
      );
    expect(await matchingIds(db, { ...NO_FILTERS, query: '删除' })).toEqual([]);
    expect(await matchingIds(db, { ...NO_FILTERS, query: '新标题' })).toEqual([reclipped.id]);
    expect((await db.articles.where('tags').equals('交大要闻').primaryKeys()).length).toBe(2);
    expect((await versionsOf(db, reclipped.id)).map((v) => v.title)).toEqual(['第3篇 新闻 Article 3']);
    expect(articles.find((a) => a.highlights.length)!.highlights[0]!.note).toBe('书记');
    expect((await findSame(db, 'http://news.mit.edu/2026/imported-1', null))?.title).toBe('Imported One: commencement');
    // Written to after the upgrade: the old doc is tombstoned by the card's doc, the new one indexed.
    const lu = articles.find((a) => a.textContent.includes('卢建军'))!;
    await saveDraft(db, {
      ...toArticle(lu),
      title: '出席大会',
      textContent: '另一篇正文',
      contentHtml: '<p>另一篇正文</p>',
    });
    expect(await matchingIds(db, { ...NO_FILTERS, query: '出席大会' })).toEqual([lu.id]);
    expect(await matchingIds(db, { ...NO_FILTERS, query: '卢建军' })).toEqual([]);
    await db.articles.delete(reclipped.id);
    expect(await matchingIds(db, { ...NO_FILTERS, query: '新标题' })).toEqual([]);
    for (const q of [...QUERIES, '出席大会', '另一篇'])
      expect(new Set(await matchingIds(db, { ...NO_FILTERS, query: q })), q).toEqual(
        await scanMatches(db, queryTokens(q)),
      );
    await db.delete();
  });

  it('a v6 database with an import in progress (journalled, never published) upgrades, then rolls the import back', async () => {
    const { db, tables } = await upgraded('v6-journal', v6journal);
    expect(db.verno).toBe(CURRENT);
    // What the collection was before the import: its added articles gone, the one it merged into as it was.
    const [row] = tables.importJournal as JournalRow[];
    expect(row!.added.length).toBe(1);
    expect(row!.replaced.length).toBe(1);
    const before = (tables.articles as StoredArticle[])
      .filter((a) => !row!.added.includes(a.id))
      .map((a) => row!.replaced.find((r) => r.id === a.id) ?? a);
    expect(sorted(await db.articles.toArray())).toEqual(sorted(before));
    expect(sorted(await plainCards(db))).toEqual(sorted(before.map(toCard)));
    expect(await db.table('importJournal').count()).toBe(0);
    expect(await db.versions.count()).toBe((tables.versions as unknown[]).length - row!.versions!.length);
    for (const q of QUERIES)
      expect(new Set(await matchingIds(db, { ...NO_FILTERS, query: q })), q).toEqual(
        await scanMatches(db, queryTokens(q)),
      );
    expect(await matchingIds(db, { ...NO_FILTERS, query: '中断' })).toEqual([]);
    expect(await matchingIds(db, { ...NO_FILTERS, query: 'today' })).toEqual([]);
    expect(await matchingIds(db, { ...NO_FILTERS, query: 'commencement' })).toEqual([row!.replaced[0]!.id]);
    await db.delete();
  });
});

describe('exportAllParts', () => {
  it('reads the collection one article at a time into the same file as exportParts', async () => {
    const db = openDb('export-all');
    await db.articles.bulkPut([
      example as StoredArticle,
      { ...(example as StoredArticle), id: 'b', url: 'http://x.edu/b', clippedAt: '2026-11-02T00:00:00.000Z' },
    ]);
    const strip = (parts: string[]) => parts.join('').replace(/"exportedAt":"[^"]+"/, '');
    expect(strip(await exportAllParts(db))).toBe(strip(exportParts(await searchArticles(db, ''))));
    await db.delete();
  });

  it('pages through more than a page of articles with equal clip times: each once, in the list order', async () => {
    const db = openDb('export-pages');
    const rows = Array.from({ length: 1203 }, (_, i) =>
      toStored({
        ...toArticle(example as StoredArticle),
        id: `id-${String(i).padStart(4, '0')}`,
        url: `http://x.edu/${i}`,
        textContent: 'x',
        contentHtml: '',
        clippedAt: `2026-11-0${1 + (i % 3)}T00:00:00.000Z`,
      }),
    );
    await db.articles.bulkPut(rows);
    const strip = (text: string) => text.replace(/"exportedAt":"[^"]+"/, '');
    const { blob, count } = await exportAllBlob(db);
    expect(count).toBe(1203);
    const text = await blob.text();
    expect(strip(text)).toBe(strip(exportParts(await searchArticles(db, '')).join('')));
    expect(new Set(JSON.parse(text).articles.map((a: { id: string }) => a.id)).size).toBe(1203);
    await db.delete();
  });
});
