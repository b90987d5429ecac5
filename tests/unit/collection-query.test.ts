// The list's answer from cards in memory: order, filters and menus, compared with known answers.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../utils/collection/card';
import { openDb } from '../../utils/collection/db';
import { allCards, facetsOf, NO_FILTERS, selectCards, sortCards } from '../../utils/collection/query';

const card = (id: string, clippedAt: string, publishedAt: string | null, over: Partial<Card> = {}): Card => ({
  id,
  url: `http://x.edu/${id}`,
  title: id,
  lang: 'zh',
  site: { host: 'news.xjtu.edu.cn', name: null, university: null },
  publishedAt,
  clippedAt,
  views: null,
  tags: [],
  sortPublished: publishedAt ?? clippedAt,
  chips: [],
  names: [],
  ...over,
});

const cards = [
  card('a', '2026-01-03T00:00:00Z', '2021-04-08T23:00:00+08:00', { tags: ['要闻'], names: ['卢建军'] }),
  card('b', '2026-01-01T00:00:00Z', '2024-05-01', {
    site: { host: 'news.mit.edu', name: null, university: null },
    names: ['Climate Project'],
  }),
  card('c', '2026-01-02T00:00:00Z', null, { tags: ['要闻', '待读'] }),
  card('d', '2026-01-02T00:00:00Z', '2021-04-09'),
];

describe('sortCards', () => {
  it('orders newest clip first, or newest publication first with undated clips at their clipping date; ties by id', () => {
    expect(sortCards(cards, 'clipped').map((c) => c.id)).toEqual(['a', 'd', 'c', 'b']);
    expect(sortCards(cards, 'published').map((c) => c.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});

describe('selectCards', () => {
  const sorted = sortCards(cards, 'clipped');
  const ids = (f: Partial<typeof NO_FILTERS>, words: Set<string> | null = null) =>
    selectCards(sorted, { ...NO_FILTERS, ...f }, words).map((c) => c.id);
  it('keeps order and combines words, tag, site, name and an inclusive day range', () => {
    expect(ids({})).toEqual(['a', 'd', 'c', 'b']);
    expect(ids({ query: '卢建军' }, new Set(['b', 'a']))).toEqual(['a', 'b']);
    expect(ids({ tag: '要闻' })).toEqual(['a', 'c']);
    expect(ids({ tag: '要闻' }, new Set(['c']))).toEqual(['c']);
    expect(ids({ site: 'news.mit.edu' })).toEqual(['b']);
    expect(ids({ name: '卢建军' })).toEqual(['a']);
    // A timestamped date counts on its own day; an undated article never matches a range.
    expect(ids({ from: '2021-04-08', to: '2021-04-08' })).toEqual(['a']);
    expect(ids({ from: '2021-04-09' })).toEqual(['d', 'b']);
    expect(ids({ to: '2021-12-31' })).toEqual(['a', 'd']);
    expect(ids({}, new Set())).toEqual([]);
  });
});

describe('facetsOf', () => {
  it('lists each tag, site and name once, sorted', () => {
    expect(facetsOf(cards)).toEqual({
      tags: ['待读', '要闻'],
      sites: ['news.mit.edu', 'news.xjtu.edu.cn'],
      names: ['Climate Project', '卢建军'],
    });
  });
});

describe('allCards', () => {
  it('reads every card once, in key order, across page boundaries', async () => {
    const db = openDb('all-cards');
    try {
      // Cards straight into the table (the mirror writes them from articles; here only the reading is tested).
      const many = Array.from({ length: 7 }, (_, i) => card(`k${i}`, '2026-01-01T00:00:00Z', null));
      await db.cards.bulkPut([...many].reverse());
      for (const page of [1, 3, 7, 8, 100])
        expect(
          (await allCards(db, page)).map((c) => c.id),
          `page ${page}`,
        ).toEqual(many.map((c) => c.id));
      await db.cards.clear();
      expect(await allCards(db, 3)).toEqual([]);
    } finally {
      await db.delete();
    }
  });
});
