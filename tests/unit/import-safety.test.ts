// Issue #16: import matches by address only (one definition with clipping), refuses bad dates and URLs naming
// the article and field, sanitizes HTML, and stays all or nothing when cancelled or when the page dies mid-way.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../utils/model/article';
import { saveDraft } from '../../utils/collection/save-draft';
import { searchArticles } from '../../utils/collection/query';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { importCollection, type ImportOptions } from '../../utils/collection/import-json';
import { findSame, registrableDomain } from '../../utils/collection/same-article';
import { JOURNAL } from '../../utils/collection/import-journal';
import { win } from './import-window';
import { draft as base } from './factories';

let db: ClipsDb;
let n = 0;
beforeEach(() => void (db = openDb(`import-safety-${n++}`)));
afterEach(() => db.delete());

const draft = (over: Partial<Draft> = {}): Draft =>
  base(1, {
    site: { host: 'news.xjtu.edu.cn', name: null, university: null },
    title: '原文',
    publishedAt: '2021-04-08',
    views: null,
    contentHtml: '<p>正文</p>',
    textContent: '正文',
    ...over,
  });

const fileOf = (articles: object[]) => JSON.stringify({ format: 'campus-news-clips', version: 1, articles });
const run = (articles: object[], opts: ImportOptions = {}) =>
  importCollection(db, fileOf(articles), new Date('2026-11-01T00:00:00Z'), { win, ...opts });
const snapshot = async () => JSON.stringify(await searchArticles(db, ''));

describe('the same article', () => {
  it('registrable domains', () => {
    expect(registrableDomain('news.xjtu.edu.cn')).toBe('xjtu.edu.cn');
    expect(registrableDomain('news.mit.edu')).toBe('mit.edu');
    expect(registrableDomain('www.ox.ac.uk')).toBe('ox.ac.uk');
  });

  it('a clip with a same-site canonical URL and an import of that canonical URL are one row', async () => {
    await saveDraft(
      db,
      draft({ url: 'http://news.xjtu.edu.cn/a.htm?from=rss', canonicalUrl: 'http://news.xjtu.edu.cn/a.htm' }),
    );
    expect(
      await run([{ url: 'http://news.xjtu.edu.cn/a.htm', title: '导入', updatedAt: '2026-10-01T00:00:00Z' }]),
    ).toEqual({ ok: true, added: 0, merged: 1, unchanged: 0 });
    expect(await db.articles.count()).toBe(1);
  });

  it('a canonical URL on another site does not make another article the same', async () => {
    const { article } = await saveDraft(db, draft({ url: 'http://news.victim.edu.cn/x.htm' }));
    const attack = {
      url: 'http://news.attacker.edu/y.htm',
      canonicalUrl: 'http://news.victim.edu.cn/x.htm',
      title: '假',
    };
    expect(await run([{ ...attack, updatedAt: '2026-10-30T00:00:00Z' }])).toMatchObject({
      ok: true,
      added: 1,
      merged: 0,
    });
    expect((await db.articles.get(article.id))!.title).toBe('原文');
    // And a later clip of the victim's page finds the victim's article, not the attacker's row.
    expect((await findSame(db, 'http://news.victim.edu.cn/x.htm', null))!.id).toBe(article.id);
    // The same rule when clipping: the attacker's page is its own article.
    const { created } = await saveDraft(
      db,
      draft({ url: 'http://news.attacker.edu/z.htm', canonicalUrl: article.url }),
    );
    expect(created).toBe(true);
    expect((await db.articles.get(article.id))!.title).toBe('原文');
  });

  // Review 28, R2 #4: the site filter and the list row group articles by host, so the address decides it.
  it("an article's host is its address's host, whatever host the file gives; name and university are kept", async () => {
    const url = 'http://news.r2test.edu.cn/info/1033/7013.htm';
    const site = { host: 'news.mit.edu', name: 'MIT News', university: 'MIT' };
    expect(await run([{ url, title: '冒名', site }])).toMatchObject({ ok: true, added: 1 });
    const [row] = await db.articles.toArray();
    expect(row!.site).toEqual({ host: 'news.r2test.edu.cn', name: 'MIT News', university: 'MIT' });
  });

  it('never by id: an id reused with another URL, or twice in one file, adds both articles', async () => {
    const { article } = await saveDraft(db, draft());
    expect(
      await run([
        { id: article.id, url: 'http://news.xjtu.edu.cn/other.htm', title: '另一篇' },
        { id: 'dup', url: 'http://a.edu/1', title: 'one' },
        { id: 'dup', url: 'http://a.edu/2', title: 'two' },
      ]),
    ).toEqual({ ok: true, added: 3, merged: 0, unchanged: 0 });
    expect(await db.articles.count()).toBe(4);
    expect((await db.articles.get(article.id))!.title).toBe('原文');
  });
});

describe('refusals name the article and field, and change nothing', () => {
  it.each([
    ['clippedAt', { clippedAt: '+275760-09-13T00:00:00.000Z' }],
    ['updatedAt', { updatedAt: '~~~' }],
    ['updatedAt', { updatedAt: '2099-01-01T00:00:00Z' }],
    ['publishedAt', { publishedAt: '9999-99-99T99:99' }],
    ['publishedAt', { publishedAt: '2021-02-30' }],
    ['url', { url: 'http://' }],
    ['url', { url: 'javascript:alert(1)' }],
    ['canonicalUrl', { canonicalUrl: 'data:text/html,x' }],
    ['attachments.url', { attachments: [{ name: 'a', url: 'file:///etc/passwd' }] }],
    ['highlights.createdAt', { highlights: [{ text: 'x', note: null, createdAt: 'yesterday' }] }],
  ])('%s %o', async (field, bad) => {
    await saveDraft(db, draft());
    const before = await snapshot();
    const ok = { url: 'http://a.edu/ok', title: 'fine' };
    expect(await run([ok, { url: 'http://a.edu/bad', title: 'Bad one', ...bad }])).toEqual({
      ok: false,
      error: 'invalid-article',
      article: 2,
      field,
      detail: 'Bad one',
    });
    expect(await snapshot()).toBe(before);
  });

  it('month-precision publication dates stay valid', async () => {
    expect(await run([{ url: 'http://a.edu/m', title: 'm', publishedAt: '2000-07' }])).toMatchObject({
      ok: true,
      added: 1,
    });
  });
});

describe('imported HTML', () => {
  it('goes through the sanitizer, so export never writes script back out', async () => {
    await run([
      { url: 'http://a.edu/x', title: 'x', contentHtml: '<p onclick="evil()">hi</p><script>evil()</script>' },
    ]);
    const [a] = await searchArticles(db, '');
    expect(a!.contentHtml).toContain('hi');
    expect(a!.contentHtml).not.toMatch(/script|onclick/i);
  });
});

describe('all or nothing', () => {
  const many = Array.from({ length: 7 }, (_, i) => ({ url: `http://a.edu/${i}`, title: `t${i}`, tags: ['新'] }));

  it('cancelled after some batches were written: the collection is as before', async () => {
    await saveDraft(db, draft());
    await db.articles.update((await db.articles.toArray())[0]!.id, { tags: ['旧'] });
    const before = await snapshot();
    const stop = new AbortController();
    const seen: number[] = [];
    const r = await run([...many, { url: draft().url, title: 'changed', updatedAt: '2026-10-01T00:00:00Z' }], {
      batch: 2,
      signal: stop.signal,
      onProgress: (p) => {
        seen.push(p.written);
        if (p.written >= 4) stop.abort();
      },
    });
    expect(r).toEqual({ ok: false, error: 'cancelled' });
    // The file read (progress is reported as it is read), then each batch written.
    expect(seen).toEqual([0, 2, 4]);
    expect(await snapshot()).toBe(before);
    expect(await db.table(JOURNAL).count()).toBe(0);
  });

  it('a page killed mid-import: the next open rolls the written batches back before anything reads', async () => {
    await saveDraft(db, draft());
    const before = await snapshot();
    const name = db.name;
    // Simulate the kill: batches written and journalled, never published.
    await run(many, { batch: 3, onProgress: (p) => void (p.written === 6 && db.close()) }).catch(() => undefined);
    // What the dead page left: written batches and their journal (read without our code's recovery).
    const raw = await new Dexie(name).open();
    expect(await raw.table('articles').count()).toBe(7);
    expect(await raw.table(JOURNAL).count()).toBe(2);
    raw.close();
    const again = openDb(name);
    expect(JSON.stringify(await searchArticles(again, ''))).toBe(before);
    expect(await again.table(JOURNAL).count()).toBe(0);
    db = again;
  });

  it('a later import of the same file is whole', async () => {
    expect(await run(many, { batch: 3 })).toEqual({ ok: true, added: 7, merged: 0, unchanged: 0 });
    expect(await run(many, { batch: 3 })).toEqual({ ok: true, added: 0, merged: 0, unchanged: 7 });
    expect(await db.table(JOURNAL).count()).toBe(0);
  });
});
