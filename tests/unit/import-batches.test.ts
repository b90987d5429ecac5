// Issue #12: an import's batches. The first is small (500), so the first write starts while the rest of a large
// file is parsed; the others keep the full size. Each batch is one write and one segment of the search index.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { importCollection } from '../../utils/collection/import-json';
import type { SegmentRecord } from '../../utils/collection/index/segment';
import { searchArticles } from '../../utils/collection/query';
import { draft } from './factories';
import { win } from './import-window';

let db: ClipsDb;
let n = 0;
beforeEach(() => void (db = openDb(`import-batches-${n++}`)));
afterEach(() => db.delete());

const fileOf = (count: number) =>
  JSON.stringify({
    format: 'campus-news-clips',
    version: 1,
    articles: Array.from({ length: count }, (_, i) => draft(i + 1)),
  });

const segmentSizes = async () =>
  ((await db.table('segments').toArray()) as SegmentRecord[]).map((s) => s.ids.length).sort((a, b) => b - a);

describe('import batches', () => {
  it('a file of 2,100 articles: written as 500, then 1,600 (the rest, under the full 2,000), each indexed', async () => {
    const written: number[] = [];
    const r = await importCollection(db, fileOf(2100), new Date('2026-11-30T00:00:00Z'), {
      win,
      onProgress: (p) => void (written.at(-1) !== p.written && written.push(p.written)),
    });
    expect(r).toEqual({ ok: true, added: 2100, merged: 0, unchanged: 0 });
    expect(written).toEqual([0, 500, 2100]);
    expect(await segmentSizes()).toEqual([1600, 500]);
    // Every article in the index, once.
    const indexed = ((await db.table('segments').toArray()) as SegmentRecord[]).flatMap((s) => s.ids);
    expect(new Set(indexed).size).toBe(2100);
    expect((await searchArticles(db, 'Article 2099')).map((a) => a.views)).toContain(2099);
  });

  it('a batch size asked for below 500 is kept for every batch', async () => {
    const r = await importCollection(db, fileOf(7), new Date('2026-11-30T00:00:00Z'), { win, batch: 3 });
    expect(r).toEqual({ ok: true, added: 7, merged: 0, unchanged: 0 });
    expect(await segmentSizes()).toEqual([3, 3, 1]);
  });
});
