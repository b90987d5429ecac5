// Export version 2 carries the followed columns; version 1 files still import; a bad column refuses the file.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { exportAllParts } from '../../utils/collection/export-collection';
import { importCollection } from '../../utils/collection/import-json';
import { saveDraft } from '../../utils/collection/save-draft';
import { listFollows, mergeImportedFollows, saveFollows } from '../../utils/columns/follow-store';
import { draft } from './factories';
import { FOLLOW_NOW, follow } from './follow-fixture';
import { win } from './import-window';

const now = FOLLOW_NOW;
let db: ClipsDb;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`follows-${n++}`);
});
afterEach(() => db.delete());

describe('followed columns in the export', () => {
  it('are written before the articles, come back from import, and merge into what is followed', async () => {
    await saveDraft(db, draft(1), now);
    await saveFollows([follow]);
    const text = (await exportAllParts(db)).join('');
    expect(text.indexOf('"follows"')).toBeLessThan(text.indexOf('"articles"'));
    await fakeBrowser.storage.local.clear();
    const r = await importCollection(openDb(`follows-other-${n}`), text, now, { win });
    expect(r).toMatchObject({
      ok: true,
      added: 1,
      follows: [{ url: follow.url, name: '交大要闻', seen: follow.seen }],
    });
    if (r.ok && r.follows) await mergeImportedFollows(r.follows);
    expect((await listFollows()).map((f) => [f.url, f.name, f.seen])).toEqual([[follow.url, '交大要闻', follow.seen]]);
  });

  it('a version 1 file still imports, with no columns', async () => {
    const v1 = JSON.stringify({
      format: 'campus-news-clips',
      version: 1,
      articles: [{ url: draft(2).url, title: 'x' }],
    });
    expect(await importCollection(db, v1, now, { win })).toEqual({ ok: true, added: 1, merged: 0, unchanged: 0 });
  });

  it('a column with a bad address refuses the whole file, naming it', async () => {
    const bad = JSON.stringify({
      format: 'campus-news-clips',
      version: 2,
      follows: [{ ...follow, url: 'javascript:alert(1)' }],
      articles: [{ url: draft(3).url, title: 'x' }],
    });
    expect(await importCollection(db, bad, now, { win })).toMatchObject({
      ok: false,
      error: 'invalid-follow',
      article: 1,
      field: 'url',
    });
    expect(await db.articles.count()).toBe(0);
  });
});
