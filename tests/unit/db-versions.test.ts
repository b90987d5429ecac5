// A saved example of each schema version opens with the current code and reads back whole. When version 2
// arrives, its upgrade is tested here from v1-example.json (shipped versions are never edited).
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import example from '../fixtures/db/v1-example.json';
import { searchArticles, toArticle } from '../../utils/clips-store';
import { openDb, type StoredArticle } from '../../utils/db';
import { exportAllParts } from '../../utils/export-collection';
import { exportParts } from '../../utils/export-json';

/** Version 1 exactly as shipped. */
const V1 = { articles: 'id, &url, canonicalUrl, site.host, publishedAt, clippedAt, *tags, *words' };

describe('schema version 1', () => {
  it('a database written by v1 opens and reads with the current code', async () => {
    const old = new Dexie('v1-db');
    old.version(1).stores(V1);
    await old.table('articles').put(example);
    old.close();

    const db = openDb('v1-db');
    expect(db.verno).toBe(1);
    const [read] = await searchArticles(db, '卢建军');
    expect(read).toEqual(toArticle(example as StoredArticle));
    expect(await db.articles.where('tags').equals('交大要闻').count()).toBe(1);
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
