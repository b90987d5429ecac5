// Versions travel in exports (version 3): export → import → the same file, versions included; version 1 and 2
// files still import; an import unites versions, keeps the losing content of a merge, and is all or nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Draft } from '../../utils/model/article';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { exportAllParts } from '../../utils/collection/export-collection';
import { importCollection } from '../../utils/collection/import-json';
import { versionsOf } from '../../utils/collection/versions';
import { win } from './import-window';
import { draft as base } from './factories';

let dbs: ClipsDb[] = [];
let n = 0;
const fresh = () => {
  const db = openDb(`vexport-${n++}`);
  dbs.push(db);
  return db;
};
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs) await db.delete();
  dbs = [];
});

// The host is the address's, as a clip takes it (import does too).
const draft = (i: number, over: Partial<Draft> = {}) =>
  base(i, { title: `标题${i}`, site: { host: 'news.xjtu.edu.cn', name: null, university: null }, ...over });
const at = (day: number) => new Date(Date.UTC(2026, 0, day));
/** The export without its time stamp. */
const file = async (db: ClipsDb) =>
  (await exportAllParts(db)).join('').replace(/"exportedAt":"[^"]+"/, '"exportedAt":"2026-01-01T00:00:00.000Z"');

/** A collection of three articles, two of them re-clipped with changes (one twice). */
async function clipped(db: ClipsDb) {
  await saveDraft(db, draft(1), at(1));
  await saveDraft(db, draft(1, { title: '标题1 改' }), at(2));
  await saveDraft(db, draft(1, { title: '标题1 再改', textContent: '新的正文。' }), at(3));
  await saveDraft(db, draft(2), at(1));
  await saveDraft(db, draft(3, { contentHtml: '<p>旧</p>', textContent: '旧' }), at(1));
  await saveDraft(db, draft(3, { contentHtml: '<p>新</p>', textContent: '新' }), at(4));
}

describe('highlights at the place selected (review 28, R1 #4)', () => {
  it("a highlight's occurrence goes out and comes back; one without it stays without it", async () => {
    const db = fresh();
    const { article } = await saveDraft(db, draft(1, { textContent: '校长讲话。校长讲话。' }), at(1));
    const highlights = [
      { text: '校长讲话', note: null, createdAt: at(2).toISOString(), occurrence: 1 },
      { text: '讲话', note: '第一处', createdAt: at(3).toISOString() },
    ];
    await db.articles.update(article.id, { highlights });
    const text = await file(db);
    expect(JSON.parse(text).articles[0].highlights).toEqual(highlights);
    const other = fresh();
    expect(await importCollection(other, text, at(5), { win })).toMatchObject({ ok: true, added: 1 });
    expect((await other.articles.get(article.id))!.highlights).toEqual(highlights);
    expect(Object.keys((await other.articles.get(article.id))!.highlights[1]!)).not.toContain('occurrence');
  });
});

describe('export version 3', () => {
  it('each article carries its versions, oldest first, and only when it has some', async () => {
    const db = fresh();
    await clipped(db);
    const out = JSON.parse(await file(db));
    expect(out.version).toBe(3);
    const byUrl = new Map(out.articles.map((a: { url: string }) => [a.url, a]));
    const one = byUrl.get(draft(1).url) as { versions: { title: string; savedAt: string }[] };
    expect(one.versions.map((v) => v.title)).toEqual(['标题1', '标题1 改']);
    expect(Object.keys(one.versions[0]!)).toEqual([
      'title',
      'publishedAt',
      'byline',
      'source',
      'views',
      'site',
      'contentHtml',
      'textContent',
      'savedAt',
      'replacedAt',
    ]);
    expect(byUrl.get(draft(2).url)).not.toHaveProperty('versions');
  });

  it("a version keeps the site's name and university (review 28, R3 #1); one from an older file has none and stays so", async () => {
    const db = fresh();
    const site = { host: 'news.xjtu.edu.cn', name: '交大新闻网（用户改）', university: '西安交通大学' };
    await saveDraft(db, draft(1, { site }), at(1));
    await saveDraft(db, draft(1, { site: { ...site, name: '交大新闻网' } }), at(2));
    const text = await file(db);
    const [v] = JSON.parse(text).articles[0].versions;
    expect(v.site).toEqual({ name: '交大新闻网（用户改）', university: '西安交通大学' });
    const other = fresh();
    expect(await importCollection(other, text, at(5), { win })).toMatchObject({ ok: true, added: 1 });
    expect(await file(other)).toBe(text);

    const old = JSON.parse(text);
    delete old.articles[0].versions[0].site;
    const third = fresh();
    expect(await importCollection(third, JSON.stringify(old), at(5), { win })).toMatchObject({ ok: true, added: 1 });
    const [stored] = await third.versions.toArray();
    expect(stored).not.toHaveProperty('site');
    expect(JSON.parse(await file(third)).articles[0].versions[0]).not.toHaveProperty('site');
  });

  it('round-trips: export → import into an empty collection → the same file, versions included; again: unchanged', async () => {
    const db = fresh();
    await clipped(db);
    const exported = await file(db);
    const other = fresh();
    expect(await importCollection(other, exported, at(5), { win })).toEqual({
      ok: true,
      added: 3,
      merged: 0,
      unchanged: 0,
    });
    expect(await file(other)).toBe(exported);
    expect(await importCollection(other, exported, at(5), { win })).toEqual({
      ok: true,
      added: 0,
      merged: 0,
      unchanged: 3,
    });
    expect(await other.versions.count()).toBe(3);
  });

  it('version 1 and 2 files still import (no versions)', async () => {
    for (const version of [1, 2]) {
      const db = fresh();
      const text = JSON.stringify({
        format: 'campus-news-clips',
        version,
        articles: [{ url: 'http://news.xjtu.edu.cn/a.htm', title: '旧格式' }],
      });
      expect(await importCollection(db, text, at(5), { win })).toMatchObject({ ok: true, added: 1 });
      expect(await db.versions.count()).toBe(0);
    }
  });

  it("an imported version's HTML is sanitized", async () => {
    const db = fresh();
    const text = JSON.stringify({
      format: 'campus-news-clips',
      version: 3,
      articles: [
        {
          url: 'http://news.xjtu.edu.cn/a.htm',
          title: '新',
          versions: [
            {
              title: '旧',
              contentHtml: '<p onclick="x()">旧<script>alert(1)</script><a href="javascript:alert(2)">链接</a></p>',
              textContent: '旧',
              savedAt: '2026-01-01T00:00:00.000Z',
              replacedAt: '2026-01-02T00:00:00.000Z',
            },
          ],
        },
      ],
    });
    expect(await importCollection(db, text, at(5), { win })).toMatchObject({ ok: true, added: 1 });
    const [v] = await db.versions.toArray();
    expect(v!.contentHtml).not.toMatch(/script|onclick|javascript/);
    expect(v!.contentHtml).toContain('链接');
  });

  it('an import into a collection that re-clipped the same page unites versions and keeps the older content as one', async () => {
    const here = fresh();
    await saveDraft(here, draft(1), at(1));
    await saveDraft(here, draft(1, { title: '这里改过' }), at(2));
    const there = fresh();
    await saveDraft(there, draft(1), at(1));
    await saveDraft(there, draft(1, { title: '那里改过' }), at(3));
    expect(await importCollection(here, await file(there), at(5), { win })).toMatchObject({ ok: true, merged: 1 });
    const id = (await here.articles.toArray())[0]!.id;
    // The newer content wins; the first clip (on both sides, one version) and the losing re-clip are versions.
    expect((await here.articles.get(id))!.title).toBe('那里改过');
    expect((await versionsOf(here, id)).map((v) => v.title)).toEqual(['标题1', '这里改过']);
  });

  it('an import that fails writes no version either', async () => {
    const db = fresh();
    await clipped(db);
    const exported = await file(db);
    const other = fresh();
    await saveDraft(other, draft(9), at(1));
    const put = other.articles.bulkPut.bind(other.articles);
    let calls = 0;
    vi.spyOn(other.articles, 'bulkPut').mockImplementation(((...args: Parameters<typeof put>) =>
      ++calls === 3 ? Promise.reject(new Error('disk')) : put(...args)) as typeof put);
    // Two batches are written (at least one article with versions among them), the third fails: all rolled back.
    expect(await importCollection(other, exported, at(5), { win, batch: 1 })).toMatchObject({ ok: false });
    expect(calls).toBe(3);
    vi.restoreAllMocks();
    expect(await other.versions.count()).toBe(0);
    expect(await other.articles.count()).toBe(1);
  });
});
