// Review 31, R10 #1: past 1,000 candidates the tokens' answer stood unconfirmed, so 大学生 found every article with
// 大学 and 学生 apart, and a quoted English phrase every article with its words apart. Every candidate is now
// confirmed, in chunks, a newer query stopping an older confirmation.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { importCollection } from '../../utils/collection/import-json';
import { CONFIRM_CHUNK, FIRST_SETTLE, sortCards, wordMatches } from '../../utils/collection/query';
import { draft } from './factories';
import { win } from './import-window';

let db: ClipsDb;
const APART = 1100;
// Which article numbers hold the word or phrase: in the body only (read from the stored text), or in the title.
const WORD = { body: [3, 400, 1050], title: [7, 1099] };
const PHRASE = { body: [5, 800, 1090] };

const bodyOf = (i: number) =>
  [
    WORD.body.includes(i) ? '来自各院系的大学生代表发言。' : '学生代表发言，回顾一年来的工作。',
    PHRASE.body.includes(i) ? 'Alumni in New York joined online.' : 'York alumni joined a new online forum.',
  ].join('\n');
const titleOf = (i: number) => (WORD.title.includes(i) ? `大学生运动会开幕 ${i}` : `清华大学举办表彰大会 ${i}`);

beforeAll(async () => {
  db = openDb('search-confirm-all');
  const articles = Array.from({ length: APART }, (_, k) =>
    draft(k + 1, { title: titleOf(k + 1), textContent: bodyOf(k + 1), contentHtml: `<p>${bodyOf(k + 1)}</p>` }),
  );
  const file = JSON.stringify({ format: 'campus-news-clips', version: 1, articles });
  expect(await importCollection(db, file, new Date('2026-11-30T00:00:00Z'), { win })).toMatchObject({ ok: true });
}, 60_000);
afterAll(() => db.delete());

/** Article numbers (from the address) of a set of ids. */
async function numbers(ids: ReadonlySet<string> | null): Promise<number[]> {
  const rows = await db.articles.bulkGet([...(ids ?? [])]);
  return rows.map((a) => Number(a!.url.replace(/.*\/(\d+)\.htm$/, '$1'))).sort((x, y) => x - y);
}

describe('every candidate of a name or phrase is confirmed, however many', () => {
  it('大学生 among 1,100 articles holding 大学 and 学生 apart finds only those holding it', async () => {
    expect(await numbers(await wordMatches(db, '大学生'))).toEqual([3, 7, 400, 1050, 1099]);
    // Two characters: the bigram is the whole word, every article holds it.
    expect((await wordMatches(db, '大学'))!.size).toBe(APART);
  });

  it('a quoted English phrase among 1,100 articles holding its words apart', async () => {
    expect(await numbers(await wordMatches(db, '"new york"'))).toEqual([5, 800, 1090]);
    expect((await wordMatches(db, 'new york'))!.size).toBe(APART);
  });

  it('tells what it has confirmed so far while it reads, in chunks', async () => {
    const told: string[][] = [];
    const reads = vi.spyOn(db.articles, 'bulkGet');
    let beforeText: string[] = [];
    const onProgress = (sure: ReadonlySet<string>) => {
      told.push([...sure]);
      if (!reads.mock.calls.length) beforeText = [...sure];
    };
    const found = await wordMatches(db, '大学生', { onProgress });
    // The card pass settles the two titles before any text is read; the bodies follow a chunk at a time.
    expect(beforeText).toHaveLength(2);
    expect(reads.mock.calls.length).toBe(Math.ceil((APART - 2) / CONFIRM_CHUNK));
    for (const ids of reads.mock.calls) expect((ids[0] as string[]).length).toBeLessThanOrEqual(CONFIRM_CHUNK);
    for (const part of told) for (const id of part) expect(found).toContain(id);
    reads.mockRestore();
  });

  it('with no cards in memory, settles and tells the newest candidates before reading the other cards (issue #12)', async () => {
    // The newest FIRST_SETTLE articles, as the list orders them; the title matches among them are what it tells first.
    const newest = sortCards(await db.cards.toArray(), 'clipped').slice(0, FIRST_SETTLE);
    const titled = newest.filter((c) => c.title.includes('大学生')).map((c) => c.id);
    const cards = vi.spyOn(db.cards, 'bulkGet');
    const told: { sure: string[]; cardsRead: number }[] = [];
    const count = () => cards.mock.calls.reduce((n, [ids]) => n + (ids as string[]).length, 0);
    const found = await wordMatches(db, '大学生', {
      onProgress: (sure) => void told.push({ sure: [...sure], cardsRead: count() }),
    });
    cards.mockRestore();
    expect(told[0]!.sure.sort()).toEqual(titled.sort());
    expect(told[0]!.cardsRead).toBeLessThanOrEqual(FIRST_SETTLE);
    // And the answer is whole.
    expect(await numbers(found)).toEqual([3, 7, 400, 1050, 1099]);
  });

  it('stops when a newer query aborts it, reading no further chunk', async () => {
    const ctl = new AbortController();
    const reads = vi.spyOn(db.articles, 'bulkGet');
    const run = wordMatches(db, '大学生', { signal: ctl.signal, onProgress: () => ctl.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(reads.mock.calls.length).toBeLessThanOrEqual(1);
    reads.mockRestore();
    // The next query's answer is whole.
    expect(await numbers(await wordMatches(db, '"new york"'))).toEqual([5, 800, 1090]);
  });
});
