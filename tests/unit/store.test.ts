import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../utils/model/article';
import { saveDraft } from '../../utils/collection/save-draft';
import { articlesByIds, searchArticles } from '../../utils/collection/query';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { exportParts } from '../../utils/collection/export-json';
import { importCollection } from '../../utils/collection/import-json';
import { applyReaderEdit, removeHighlight } from '../../utils/collection/store';
import { win } from './import-window';
import { draft as base } from './factories';

let db: ClipsDb;
let n = 0;
beforeEach(() => {
  db = openDb(`test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const draft = (over: Partial<Draft> = {}): Draft =>
  base(140512, {
    site: { host: 'news.xjtu.edu.cn', name: '西安交通大学新闻网', university: '西安交通大学' },
    title: '西安交通大学举行“产教融合、协同育人”创新工程启动大会',
    publishedAt: '2021-04-08T23:00:00+08:00',
    views: 9906,
    excerpt: '4月8日…',
    contentHtml: '<p>党委书记卢建军主持会议。</p>',
    textContent: '党委书记卢建军主持会议。',
    ...over,
  });

const exported = async () => JSON.parse(exportParts(await searchArticles(db, ''), new Date(0)).join(''));

describe('saveDraft', () => {
  it('stores a new article and lists it first', async () => {
    await saveDraft(
      db,
      draft({ url: 'http://www.mit.edu/a', title: 'Older clip', textContent: 'x' }),
      new Date('2026-01-01'),
    );
    const { created } = await saveDraft(db, draft(), new Date('2026-02-01'));
    expect(created).toBe(true);
    expect((await searchArticles(db, '')).map((a) => a.title)).toEqual([draft().title, 'Older clip']);
  });
  it('updates the same page instead of adding it twice, keeping its tags', async () => {
    const { article } = await saveDraft(db, draft());
    await db.articles.update(article.id, { tags: ['交大要闻'] });
    const again = await saveDraft(db, draft({ views: 10000 }));
    expect(again.created).toBe(false);
    expect(await db.articles.count()).toBe(1);
    expect(await db.articles.get(article.id)).toMatchObject({ views: 10000, tags: ['交大要闻'] });
  });
});

describe('searchArticles', () => {
  beforeEach(async () => {
    await saveDraft(db, draft());
    await saveDraft(
      db,
      draft({
        url: 'https://news.mit.edu/2025/climate',
        site: { host: 'news.mit.edu', name: 'MIT News', university: 'Massachusetts Institute of Technology' },
        title: 'Climate Project awards',
        lang: 'en',
        textContent: 'The Climate Project funds research.',
      }),
    );
  });
  it.each([
    ['卢建军', 1],
    ['产教融合', 1],
    ['climate', 1],
    ['clim', 1],
    ['Project', 1],
    ['xjtu', 1],
    ['火星', 0],
    ['', 2],
  ])('"%s" finds %i', async (q, count) => expect(await searchArticles(db, q)).toHaveLength(count));
});

describe('export and import', () => {
  it('round-trips: export → import into an empty collection → same export', async () => {
    await saveDraft(db, draft());
    const file = await exported();
    expect(file).toMatchObject({ format: 'campus-news-clips', version: 3, follows: [] });
    const other = openDb(`test-${n++}`);
    expect(await importCollection(other, JSON.stringify(file), undefined, { win })).toEqual({
      ok: true,
      added: 1,
      merged: 0,
      unchanged: 0,
    });
    expect(await importCollection(other, JSON.stringify(file), undefined, { win })).toEqual({
      ok: true,
      added: 0,
      merged: 0,
      unchanged: 1,
    });
    const again = JSON.parse(exportParts(await searchArticles(other, ''), new Date(0)).join(''));
    expect(again).toEqual(file);
    await other.delete();
  });
  it.each([
    ['not json', '{oops', { ok: false, error: 'not-json' }],
    ['another format', '{"format":"x","version":1,"articles":[]}', { ok: false, error: 'unknown-format' }],
    [
      'a later version',
      '{"format":"campus-news-clips","version":4,"articles":[]}',
      { ok: false, error: 'unknown-version' },
    ],
    [
      'an article without title',
      '{"format":"campus-news-clips","version":1,"articles":[{"url":"http://a.edu/1","title":"ok"},{"url":"http://a.edu/2"}]}',
      { ok: false, error: 'invalid-article', article: 2, field: 'title' },
    ],
  ])('refuses %s and changes nothing', async (_n, text, expected) => {
    await saveDraft(db, draft());
    const before = await exported();
    expect(await importCollection(db, text, undefined, { win })).toMatchObject(expected);
    expect(await exported()).toEqual(before);
  });
  it('merges by address: newer fields win, tags are united', async () => {
    const { article } = await saveDraft(db, draft(), new Date('2026-01-01'));
    await db.articles.update(article.id, { tags: ['a'] });
    const file = {
      format: 'campus-news-clips',
      version: 1,
      articles: [{ url: article.url, title: 'Corrected title', tags: ['b'], updatedAt: '2026-06-01T00:00:00.000Z' }],
    };
    expect(await importCollection(db, JSON.stringify(file), undefined, { win })).toMatchObject({
      ok: true,
      merged: 1,
      added: 0,
    });
    expect(await db.articles.get(article.id)).toMatchObject({ title: 'Corrected title', tags: ['a', 'b'] });
  });
  // Review 28: the same passage highlighted in two browsers showed twice after an import; a note edited in one was
  // lost to the other's copy. The newer copy's highlight wins; a different note is never dropped.
  it('merges highlights by passage: once per passage, the newer note, and every distinct note kept', async () => {
    const { article } = await saveDraft(db, draft(), new Date('2026-01-01'));
    const h = (text: string, note: string | null, day: number, occurrence?: number) => ({
      text,
      note,
      createdAt: `2026-02-0${day}T00:00:00.000Z`,
      ...(occurrence ? { occurrence } : {}),
    });
    await db.articles.update(article.id, {
      highlights: [
        h('卢建军 党委书记', null, 1),
        h('未来技术学院', 'mine', 2),
        h('6352', 'old note', 3),
        h('A B', 'x', 4),
      ],
    });
    const incoming = [
      h('卢建军  党委书记', 'a note', 5), // the same passage, spaced otherwise: one highlight, with the note
      h('未来技术学院', 'theirs', 6), // the same passage, another note: both kept
      h('6352', 'edited', 3), // the same highlight, its note edited: the newer copy's
      h('A B', 'x', 4, 1), // another occurrence: another passage
    ];
    const file = {
      format: 'campus-news-clips',
      version: 1,
      articles: [{ url: article.url, title: 't', highlights: incoming, updatedAt: '2026-06-01T00:00:00.000Z' }],
    };
    expect(await importCollection(db, JSON.stringify(file), undefined, { win })).toMatchObject({ ok: true, merged: 1 });
    const notes = (await db.articles.get(article.id))!.highlights.map((x) => [x.text, x.note]);
    expect(notes).toEqual([
      ['卢建军  党委书记', 'a note'],
      ['未来技术学院', 'theirs'],
      ['6352', 'edited'],
      ['A B', 'x'],
      ['未来技术学院', 'mine'],
      ['A B', 'x'],
    ]);
  });
  // Review 29 (R5 #1, #2): which copy is newer is the article's, not the note's; and a passage highlighted without a
  // note in the newer copy showed beside the older copy's annotated one.
  it('keeps the note edited last, whichever copy is newer, and drops a note-less twin either way', async () => {
    const { article } = await saveDraft(db, draft(), new Date('2026-01-01'));
    const at = '2026-02-01T00:00:00.000Z';
    await db.articles.update(article.id, {
      highlights: [
        { text: 'edited here', note: 'edited later', createdAt: at, noteAt: '2026-03-01T00:00:00.000Z' },
        { text: 'annotated here', note: 'my note', createdAt: at },
      ],
    });
    const incoming = [
      { text: 'edited here', note: 'the first note', createdAt: at },
      { text: 'annotated here', note: null, createdAt: '2026-02-02T00:00:00.000Z' },
    ];
    const file = {
      format: 'campus-news-clips',
      version: 1,
      articles: [{ url: article.url, title: 't', highlights: incoming, updatedAt: '2026-06-01T00:00:00.000Z' }],
    };
    expect(await importCollection(db, JSON.stringify(file), undefined, { win })).toMatchObject({ ok: true, merged: 1 });
    const notes = (await db.articles.get(article.id))!.highlights.map((x) => [x.text, x.note]);
    expect(notes).toEqual([
      ['edited here', 'edited later'],
      ['annotated here', 'my note'],
    ]);
  });
  it('stamps a note edited in the reader, so that a later merge knows it is the newer', async () => {
    const { article } = await saveDraft(db, draft(), new Date('2026-01-01'));
    const h = { text: 'p', note: null, createdAt: '2026-02-01T00:00:00.000Z' };
    await db.articles.update(article.id, { highlights: [h] });
    const shown = { tags: [], highlights: [h] };
    const edited = await applyReaderEdit(
      db,
      article.id,
      shown,
      { highlights: [{ ...h, note: 'n' }] },
      new Date('2026-04-01T00:00:00.000Z'),
    );
    expect(edited!.highlights).toEqual([{ ...h, note: 'n', noteAt: '2026-04-01T00:00:00.000Z' }]);
  });
  it('shows a passage stored twice by an older import once, and a removal takes both', async () => {
    const { article } = await saveDraft(db, draft(), new Date('2026-01-01'));
    const at = (d: string) => `2026-02-0${d}T00:00:00.000Z`;
    // What the old merge (by text and time) stored for one passage highlighted in two browsers.
    await db.articles.update(article.id, {
      highlights: [
        { text: '卢建军主持', note: null, createdAt: at('1') },
        { text: '卢建军 主持', note: 'mine', createdAt: at('2') },
        { text: '主持会议', note: null, createdAt: at('3') },
        { text: '主持会议', note: null, createdAt: at('4') },
      ],
    });
    const shown = (await articlesByIds(db, [article.id]))[0]!.highlights;
    expect(shown.map((h) => [h.text, h.note])).toEqual([
      ['卢建军 主持', 'mine'],
      ['主持会议', null],
    ]);
    expect((await exported()).articles[0].highlights).toHaveLength(2);
    await removeHighlight(db, article.id, shown[1]!);
    expect((await articlesByIds(db, [article.id]))[0]!.highlights.map((h) => h.text)).toEqual(['卢建军 主持']);
    expect((await db.articles.get(article.id))!.highlights).toHaveLength(1);
  });
});
