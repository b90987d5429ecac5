// A full disk and a closed or blocked database: the user gets a plain outcome and the collection is unchanged.
import 'fake-indexeddb/auto';
import { JSDOM } from 'jsdom';
import { draft as base } from './factories';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveExtracted } from '../../utils/clip/save-extracted';
import { saveDraft } from '../../utils/collection/save-draft';
import { searchArticles } from '../../utils/collection/query';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { exportParts } from '../../utils/collection/export-json';
import { importCollection } from '../../utils/collection/import-json';

const win = new JSDOM('').window as unknown as Window;
// Only the address matters here: each clip is a new article.
const draft = (n: number) => base(n);
/** What Chromium gives Dexie when the disk is full (measured: AbortError wrapping QuotaExceededError). */
const quotaError = () =>
  Object.assign(new Error('QuotaExceededError'), {
    name: 'AbortError',
    inner: { name: 'QuotaExceededError', message: 'The quota has been exceeded.' },
  });

let db: ClipsDb;
let n = 0;
const snapshot = async () => JSON.stringify(await searchArticles(db, ''));
beforeEach(async () => {
  db = openDb(`fail-${n++}`);
  await saveDraft(db, draft(1));
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

describe('a full disk', () => {
  it('clipping says so in plain words and keeps the collection as it was', async () => {
    const before = await snapshot();
    vi.spyOn(db.articles, 'put').mockRejectedValue(quotaError());
    expect(await saveExtracted(db, draft(2), {}, win, [])).toEqual({ ok: false, error: 'quota' });
    vi.restoreAllMocks();
    expect(await snapshot()).toBe(before);
  });

  it('an import that fails half-way writes nothing at all', async () => {
    const before = await snapshot();
    const file = exportParts(
      [2, 3, 4].map((i) => ({
        ...draft(i),
        id: `id-${i}`,
        tags: [],
        entities: [],
        highlights: [],
        clippedAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      })),
    ).join('');
    // One article per batch: the first batch is written, the second fails, and the first is rolled back.
    const put = db.articles.bulkPut.bind(db.articles);
    let calls = 0;
    vi.spyOn(db.articles, 'bulkPut').mockImplementation(((...args: Parameters<typeof put>) =>
      ++calls === 2 ? Promise.reject(quotaError()) : put(...args)) as typeof put);
    expect(await importCollection(db, file, undefined, { win, batch: 1 })).toEqual({ ok: false, error: 'quota' });
    expect(calls).toBe(2);
    vi.restoreAllMocks();
    expect(await snapshot()).toBe(before);
  });
});

describe('a closed or blocked database', () => {
  it('clipping says the collection is unavailable, and nothing changes', async () => {
    const before = await snapshot();
    db.close({ disableAutoOpen: true });
    expect(await saveExtracted(db, draft(2), {}, win, [])).toMatchObject({ ok: false, error: 'db-unavailable' });
    await db.open();
    expect(await snapshot()).toBe(before);
  });
});
