// The import's addresses in memory (utils/collection/import-addresses.ts) answer as the address index does: after
// the import's own writes, and after another page wrote, moved or deleted articles between its batches.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { CollectionAddresses } from '../../utils/collection/import-addresses';
import { toStored } from '../../utils/collection/stored-article';
import { draft } from './factories';

let db: ClipsDb;
let n = 0;
beforeEach(() => void (db = openDb(`import-addresses-${n++}`)));
afterEach(() => db.delete());

const A = 'http://news.xjtu.edu.cn/info/1/a.htm';
const B = 'http://news.xjtu.edu.cn/info/1/b.htm';
const C = 'http://news.xjtu.edu.cn/info/1/c.htm';

/** As a batch asks, in a transaction of its own. */
const find = (addresses: CollectionAddresses, url: string, id = 'incoming', canonicalUrl: string | null = null) =>
  db.transaction('rw', [db.articles, db.table('indexState')], async () => {
    const r = await addresses.findSame(db, [{ id, url, canonicalUrl }]);
    return r;
  });

describe('CollectionAddresses', () => {
  it('finds what was there, what another page wrote or deleted since, and what the import wrote', async () => {
    const a = (await saveDraft(db, draft(1, { url: A }))).article;
    const addresses = new CollectionAddresses();
    expect((await find(addresses, A)).same[0]?.id).toBe(a.id);
    expect((await find(addresses, B)).same[0]).toBeUndefined();
    expect((await find(addresses, C, a.id)).taken).toEqual(new Set([a.id]));

    // Another page clips B between two batches.
    const b = (await saveDraft(db, draft(2, { url: B }))).article;
    expect((await find(addresses, B)).same[0]?.id).toBe(b.id);

    // The import's own write of C, noted in its transaction.
    const c = { ...(await saveDraft(db, draft(3, { url: 'http://x.edu.cn/tmp' }))).article, id: 'c-id', url: C };
    await db.transaction('rw', [db.articles, db.table('indexState')], async () => {
      await db.articles.put(toStored(c));
      await addresses.wrote(db, [c]);
    });
    expect((await find(addresses, C)).same[0]?.id).toBe('c-id');

    // Another page deletes A: no longer found.
    await db.articles.delete(a.id);
    expect((await find(addresses, A)).same[0]).toBeUndefined();
  });

  it('an article found by its canonical address, and one whose address changed, as the index says', async () => {
    const a = (await saveDraft(db, draft(1, { url: `${A}?from=rss`, canonicalUrl: A }))).article;
    const addresses = new CollectionAddresses();
    expect((await find(addresses, A)).same[0]?.id).toBe(a.id);
    // Moved by another page: its old address no longer finds it, its new one does.
    await db.articles.put(toStored({ ...a, url: B, canonicalUrl: null }));
    expect((await find(addresses, A)).same[0]).toBeUndefined();
    expect((await find(addresses, B)).same[0]?.id).toBe(a.id);
  });
});
