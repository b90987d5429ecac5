// Session 26: an empty file, a cut-off export and `[]` all said "the file is not JSON", and a refused field was
// named by its JSON key. Each refusal now names its real reason, in words, and the collection stays as it was.
import './i18n-stub';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { exportParts } from '../../utils/collection/export-json';
import { importCollection, type ImportResult } from '../../utils/collection/import-json';
import { saveDraft } from '../../utils/collection/save-draft';
import { importStatus } from '../../utils/clip/status-text';
import { win } from './import-window';
import { draft } from './factories';

let db: ClipsDb;
beforeEach(async () => {
  db = openDb(`refusals-${Math.random()}`);
  await saveDraft(db, draft(1, { title: '西安交通大学举行创新工程启动大会' }));
});
afterEach(async () => {
  await db.delete();
});

/** A real export of two articles, as text. */
async function exportText(): Promise<string> {
  const other = openDb(`refusals-src-${Math.random()}`);
  for (const i of [2, 3]) await saveDraft(other, draft(i, { title: `第 ${i} 篇：交大新闻` }));
  const text = exportParts(await other.articles.toArray(), new Date(0)).join('');
  await other.delete();
  return text;
}

async function refusal(source: string | Blob): Promise<ImportResult> {
  const before = await db.articles.toArray();
  const r = await importCollection(db, source, undefined, { win });
  expect(await db.articles.toArray()).toEqual(before);
  return r;
}

describe('import refusals name the real reason', () => {
  it.each([
    ['an empty file', ''],
    ['a file of white space', ' \n\t '],
  ])('%s: "the file is empty"', async (_n, text) => {
    const r = await refusal(text);
    expect(r).toMatchObject({ ok: false, error: 'empty' });
    expect(importStatus(r).text).toBe('Nothing imported: the file is empty.');
  });

  it.each([
    ['an empty list', '[]'],
    ['a list of objects', '[{"url":"http://a.edu/1"}]'],
    ['a number', ' 42'],
    ['a string', '"hello"'],
    ['null', 'null'],
  ])('%s (JSON, but not ours): "not a Campus News Clipper export"', async (_n, text) => {
    const r = await refusal(text);
    expect(r).toMatchObject({ ok: false, error: 'unknown-format' });
    expect(importStatus(r).text).toBe('Nothing imported: this is not a Campus News Clipper export.');
  });

  it('an export cut off part-way, as text or as a file: "the file is cut off"', async () => {
    const text = await exportText();
    for (const cut of [text.slice(0, text.length / 2), text.trimEnd().slice(0, -1), text.slice(0, 12)]) {
      const r = await refusal(cut);
      expect(r).toMatchObject({ ok: false, error: 'truncated' });
      expect(importStatus(r).text).toContain('the file is cut off (incomplete)');
    }
    // Cut in the middle of a Chinese character's bytes.
    const bytes = new TextEncoder().encode(text);
    const inChar = bytes.findIndex((b, i) => i > bytes.length / 2 && b >= 0xe0) + 1;
    expect(await refusal(new Blob([bytes.slice(0, inChar)]))).toMatchObject({ ok: false, error: 'truncated' });
  });

  it('text that is not JSON stays "not JSON", and bytes that are not text too', async () => {
    expect(await refusal('{oops')).toMatchObject({ ok: false, error: 'not-json' });
    expect(await refusal('<html></html>')).toMatchObject({ ok: false, error: 'not-json' });
    expect(await refusal(new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]))).toMatchObject({
      ok: false,
      error: 'not-json',
    });
  });

  it('names a refused field for people, in a sentence', () => {
    const say = (r: Partial<Extract<ImportResult, { ok: false }>>) =>
      importStatus({ ok: false, error: 'invalid-article', article: 2, ...r }).text;
    expect(say({ field: 'url' })).toBe('Nothing imported: article 2 has a missing or wrong value for the address.');
    expect(say({ field: 'title' })).toBe('Nothing imported: article 2 has a missing or wrong value for the title.');
    expect(say({ field: 'attachments.url', detail: 'Open day' })).toBe(
      'Nothing imported: article 2 (“Open day”) has a missing or wrong value for the attachments.',
    );
    expect(say({ field: 'article' })).toBe('Nothing imported: entry 2 of the article list is not an article.');
    expect(say({ field: 'futureField' })).toContain('for “futureField”.');
    expect(importStatus({ ok: false, error: 'invalid-follow', article: 1, field: 'url' }).text).toBe(
      'Nothing imported: followed column 1 has a missing or wrong value for the address.',
    );
    expect(importStatus({ ok: false, error: 'invalid-follow', article: 1, field: 'lastError.kind' }).text).toBe(
      'Nothing imported: followed column 1 has a missing or wrong value for its check record.',
    );
  });

  it('a real refusal of an article without an address says "the address"', async () => {
    const file = JSON.stringify({ format: 'campus-news-clips', version: 3, articles: [{ title: 'No address' }] });
    const r = await refusal(file);
    expect(r).toMatchObject({ ok: false, error: 'invalid-article', field: 'url' });
    expect(importStatus(r).text).toBe(
      'Nothing imported: article 1 (“No address”) has a missing or wrong value for the address.',
    );
  });
});
