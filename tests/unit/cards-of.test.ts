// Issue #12: Dexie's bulkGet asks IndexedDB once per key (5,621 cards took 1.4 s cold); ids dense among the cards
// are read as key ranges instead. Either way the answer is the cards of the ids that exist, no other.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { importCollection } from '../../utils/collection/import-json';
import { cardsOf } from '../../utils/collection/cards-of';
import { draft } from './factories';
import { win } from './import-window';

let db: ClipsDb;
let ids: string[];

beforeAll(async () => {
  db = openDb('cards-of');
  const articles = Array.from({ length: 1200 }, (_, k) => draft(k + 1));
  const file = JSON.stringify({ format: 'campus-news-clips', version: 1, articles });
  await importCollection(db, file, new Date('2026-11-30T00:00:00Z'), { win });
  ids = (await db.cards.toCollection().primaryKeys()) as string[];
}, 60_000);
afterAll(() => db.delete());

const idsOf = (cards: { id: string }[]) => cards.map((c) => c.id).sort();

describe('cardsOf', () => {
  it('reads dense ids as key ranges, not a get each, and returns exactly their cards', async () => {
    // Every other card, and two ids with no card.
    const asked = [...ids.filter((_, i) => i % 2 === 0), 'no-such-id', 'zzzz-gone'];
    const gets = vi.spyOn(db.cards, 'bulkGet');
    const cards = await cardsOf(db, asked);
    expect(gets).not.toHaveBeenCalled();
    gets.mockRestore();
    expect(idsOf(cards)).toEqual(ids.filter((_, i) => i % 2 === 0).sort());
  });

  it('reads sparse ids a get each', async () => {
    const asked = ids.filter((_, i) => i % 10 === 0);
    const gets = vi.spyOn(db.cards, 'bulkGet');
    const cards = await cardsOf(db, asked);
    expect(gets).toHaveBeenCalledTimes(1);
    gets.mockRestore();
    expect(idsOf(cards)).toEqual([...asked].sort());
  });
});
