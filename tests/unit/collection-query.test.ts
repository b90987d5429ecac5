// The list's answer from cards in memory: order, filters and menus, compared with known answers.
import 'fake-indexeddb/auto';
import './i18n-stub';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../utils/collection/card';
import fc from 'fast-check';
import {
  facetsOf,
  matchingIds,
  mergeCards,
  NO_FILTERS,
  selectCards,
  sortCards,
  type SortOrder,
} from '../../utils/collection/query';
import { openDb } from '../../utils/collection/db';
import { saveDraft } from '../../utils/collection/save-draft';
import { updateArticle } from '../../utils/collection/store';
import { draft } from './factories';

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
    // Review 31, R11 #5: in any case and either script, as the field's suggestions match; a part is no name.
    expect(ids({ name: 'climate project ' })).toEqual(['b']);
    expect(ids({ name: '盧建軍' })).toEqual(['a']);
    expect(ids({ name: 'climate' })).toEqual([]);
    // A timestamped date counts on its own day; an undated article never matches a range.
    expect(ids({ from: '2021-04-08', to: '2021-04-08' })).toEqual(['a']);
    expect(ids({ from: '2021-04-09' })).toEqual(['d', 'b']);
    expect(ids({ to: '2021-12-31' })).toEqual(['a', 'd']);
    expect(ids({}, new Set())).toEqual([]);
  });
});

describe('selectCards: a date of a month or a year (review 28, R1 #3)', () => {
  const dated = sortCards(
    [
      card('may', '2026-01-01T00:00:00Z', '2024-05'),
      card('y2024', '2026-01-01T00:00:00Z', '2024'),
      card('apr', '2026-01-01T00:00:00Z', '2024-04'),
      card('jun', '2026-01-01T00:00:00Z', '2024-06'),
      card('may3', '2026-01-01T00:00:00Z', '2024-05-03'),
      card('may31', '2026-01-01T00:00:00Z', '2024-05-31T23:00:00+08:00'),
      card('y2023', '2026-01-01T00:00:00Z', '2023'),
    ],
    'clipped',
  );
  const ids = (from: string | null, to: string | null) =>
    selectCards(dated, { ...NO_FILTERS, from, to }, null)
      .map((c) => c.id)
      .sort();
  it('passes a range its period overlaps, and no other', () => {
    expect(ids('2024-05-01', '2024-05-31')).toEqual(['may', 'may3', 'may31', 'y2024']);
    // A range inside the month: the month may be in it; days outside it are not.
    expect(ids('2024-05-10', '2024-05-20')).toEqual(['may', 'y2024']);
    // Open at one end; the range ending on the month's first day, or starting on its last, still meets it.
    expect(ids('2024-05-31', null)).toEqual(['jun', 'may', 'may31', 'y2024']);
    expect(ids(null, '2024-05-01')).toEqual(['apr', 'may', 'y2023', 'y2024']);
    expect(ids('2024-06-01', '2024-12-31')).toEqual(['jun', 'y2024']);
    expect(ids('2023-12-31', '2023-12-31')).toEqual(['y2023']);
  });

  it('reads a range typed backwards (From after To) as the same days (review 31, R10 #9)', () => {
    // Not only the month-only articles, whose month holds From: every day of the range.
    expect(ids('2024-05-31', '2024-05-01')).toEqual(ids('2024-05-01', '2024-05-31'));
    expect(ids('2024-05-20', '2024-05-10')).toEqual(['may', 'y2024']);
  });
});

describe('selectCards: a name in either Chinese script (review 28, R1 #5)', () => {
  const named = sortCards(
    [
      card('s', '2026-01-01T00:00:00Z', null, { names: ['张翔', '卢建军'] }),
      card('t', '2026-01-02T00:00:00Z', null, { names: ['張翔'] }),
      card('other', '2026-01-03T00:00:00Z', null, { names: ['张翔宇', '张'] }),
    ],
    'clipped',
  );
  const ids = (name: string) => selectCards(named, { ...NO_FILTERS, name }, null).map((c) => c.id);
  it('finds a name printed in the other script, as search does, and still only the whole name', () => {
    expect(ids('张翔')).toEqual(['t', 's']);
    expect(ids('張翔')).toEqual(['t', 's']);
    expect(ids('卢建军')).toEqual(['s']);
    expect(ids('張')).toEqual(['other']);
  });

  it("a name chip's timeline (the name filter, newest publication first) holds the clips of both scripts", async () => {
    const db = openDb('timeline-scripts');
    try {
      const person = (text: string) => [{ text, kind: 'person' as const, role: null, count: 1 }];
      const save = async (i: number, title: string, name: string) => {
        const { article } = await saveDraft(db, draft(i, { title }));
        await updateArticle(db, article.id, { entities: person(name) });
        return article.id;
      };
      const hk = await save(1, '張翔院士訪問香港', '張翔');
      const cn = await save(2, '张翔出席会议', '张翔');
      const timeline = { ...NO_FILTERS, name: '張翔' };
      expect(await matchingIds(db, timeline, 'published')).toEqual([cn, hk]);
    } finally {
      await db.delete();
    }
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

  it('orders names most frequent first (then in code order), so a common Chinese name beats many one-off Latin ones', () => {
    const many = [
      ...['Zoe Ng', 'Amara Brown', 'Mark Garcia'].map((n, i) =>
        card(`l${i}`, '2026-01-01T00:00:00Z', null, { names: [n] }),
      ),
      card('p1', '2026-01-01T00:00:00Z', null, { names: ['卢建军', 'David Okafor'] }),
      card('p2', '2026-01-01T00:00:00Z', null, { names: ['卢建军', 'David Okafor'] }),
      card('p3', '2026-01-01T00:00:00Z', null, { names: ['卢建军'] }),
    ];
    expect(facetsOf(many).names).toEqual(['卢建军', 'David Okafor', 'Amara Brown', 'Mark Garcia', 'Zoe Ng']);
  });

  it("orders tags for the UI's language, numbers by value (专题第2期 before 专题第10期), not by code unit", () => {
    const tagged = ['专题第10期', '专题第1期', '专题第2期', 'Zeta', 'alpha'].map((t, i) =>
      card(`t${i}`, '2026-01-01T00:00:00Z', null, { tags: [t] }),
    );
    const tags = facetsOf(tagged).tags;
    expect(tags.filter((t) => t.startsWith('专题'))).toEqual(['专题第1期', '专题第2期', '专题第10期']);
    // Case does not split the Latin tags (code-unit order puts every capital first).
    expect(tags.filter((t) => /^[a-z]/i.test(t))).toEqual(['alpha', 'Zeta']);
  });
});

describe('mergeCards', () => {
  // Few distinct dates, so ties (ordered by id) are common.
  const arbCard = fc
    .record({
      id: fc.constantFrom(...'abcdefghijklmnop'),
      day: fc.integer({ min: 1, max: 4 }),
      pub: fc.option(fc.integer({ min: 1, max: 4 })),
    })
    .map(({ id, day, pub }) => card(id, `2026-01-0${day}T00:00:00Z`, pub ? `2021-04-0${pub}` : null));
  const unique = (cs: Card[]) => [...new Map(cs.map((c) => [c.id, c])).values()];

  it('gives what sorting the changed collection gives, for either order', () => {
    fc.assert(
      fc.property(
        fc.array(arbCard, { maxLength: 14 }),
        fc.array(arbCard, { maxLength: 6 }),
        fc.array(fc.constantFrom(...'abcdefghijklmnop'), { maxLength: 4 }),
        fc.constantFrom<SortOrder>('clipped', 'published'),
        (before, written, removed, order) => {
          const base = unique(before);
          const w = unique(written).filter((c) => !removed.includes(c.id));
          const after = new Map(base.map((c) => [c.id, c]));
          for (const id of removed) after.delete(id);
          for (const c of w) after.set(c.id, c);
          expect(mergeCards(sortCards(base, order), w, removed, order)).toEqual(sortCards([...after.values()], order));
        },
      ),
    );
  });
});

describe('selectCards from the matches', () => {
  it('gives the same answer whether it starts from the matches or from every card', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      card(`id${i}`, `2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`, i % 3 ? '2021-04-08' : null, {
        tags: i % 2 ? ['要闻'] : [],
      }),
    );
    const byId = new Map(many.map((c) => [c.id, c]));
    for (const order of ['clipped', 'published'] as const) {
      const sorted = sortCards(many, order);
      // A few matches (sorted among themselves) and many (marked by place in the list, then walked).
      const few = new Set(['id3', 'id17', 'id40', 'id41', 'missing']);
      const common = new Set([...byId.keys()].filter((_, i) => i % 3 !== 1).concat('missing'));
      for (const words of [few, common])
        for (const f of [NO_FILTERS, { ...NO_FILTERS, tag: '要闻' }]) {
          const fast = selectCards(sorted, f, words, byId, order);
          expect(fast.map((c) => c.id)).toEqual(selectCards(sorted, f, words).map((c) => c.id));
          expect(fast.length).toBeGreaterThan(0);
        }
    }
  });
});
