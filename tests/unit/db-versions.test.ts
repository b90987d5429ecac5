// A saved example of each schema version opens with the current code and reads back whole; each upgrade is
// tested from the version before it (shipped versions are never edited).
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import example from '../fixtures/db/v1-example.json';
import { matchingIds, NO_FILTERS, searchArticles } from '../../utils/collection-query';
import { toArticle } from '../../utils/stored-article';
import { openDb, type StoredArticle } from '../../utils/db';
import { exportAllParts } from '../../utils/export-collection';
import { exportParts } from '../../utils/export-json';

/** Version 1 exactly as shipped. */
const V1 = { articles: 'id, &url, canonicalUrl, site.host, publishedAt, clippedAt, *tags, *words' };

describe('schema version 1 → 2', () => {
  it('a database written by v1 is upgraded: every article kept whole, names and publication order filled in', async () => {
    const old = new Dexie('v1-db');
    old.version(1).stores(V1);
    const undated = {
      ...example, id: 'undated', url: 'http://news.xjtu.edu.cn/info/1033/1.htm', publishedAt: null, clippedAt: '2026-10-01T00:00:00.000Z',
      entities: [{ text: '卢建军', kind: 'person', role: '党委书记', count: 2 }],
    };
    await old.table('articles').bulkPut([example, undated]);
    old.close();

    const db = openDb('v1-db');
    await db.open();
    expect(db.verno).toBe(2);
    expect(await searchArticles(db, '卢建军')).toEqual([toArticle(example as StoredArticle), toArticle(undated as StoredArticle)]);
    expect(await db.articles.where('tags').equals('交大要闻').count()).toBe(2);
    // v2 indexes answer the person filter and the publication order without reading bodies.
    expect(await matchingIds(db, { ...NO_FILTERS, name: '卢建军' })).toEqual(['undated']);
    expect(await matchingIds(db, NO_FILTERS, 'published')).toEqual(['undated', example.id]);
    expect((await db.articles.get('undated'))!.sortPublished).toBe('2026-10-01T00:00:00.000Z');
    await db.delete();
  });
});

describe('exportAllParts', () => {
  it('reads the collection one article at a time into the same file as exportParts', async () => {
    const db = openDb('export-all');
    await db.articles.bulkPut([example as StoredArticle, { ...(example as StoredArticle), id: 'b', url: 'http://x.edu/b', clippedAt: '2026-11-02T00:00:00.000Z' }]);
    const strip = (parts: string[]) => parts.join('').replace(/"exportedAt":"[^"]+"/, '');
    expect(strip(await exportAllParts(db))).toBe(strip(exportParts(await searchArticles(db, ''))));
    await db.delete();
  });
});
