// The first screen of a large search answer before every card is read (firstCardsAmong, utils/collection/query.ts):
// the same rows, in the same order, as the whole list's answer.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { firstCardsAmong, sortCards, type SortOrder } from '../../utils/collection/query';
import { draft } from './factories';

let db: ClipsDb;
beforeAll(async () => {
  db = openDb('first-cards');
  // Clipped in pairs at the same second (ties), published on few days (more ties), some with no date.
  for (let i = 1; i <= 60; i++)
    await saveDraft(
      db,
      draft(i, { publishedAt: i % 5 ? `2021-04-0${(i % 3) + 1}` : null }),
      new Date(Date.UTC(2026, 0, 1, 0, 0, Math.floor(i / 2))),
    );
});
afterAll(() => db.delete());

describe('first cards among a large answer', () => {
  for (const order of ['clipped', 'published'] as SortOrder[])
    it(`are the first rows of the whole list's answer, ${order}`, async () => {
      const sorted = sortCards(await db.cards.toArray(), order);
      for (const pick of [(i: number) => i % 3 !== 0, (i: number) => i % 7 === 0, () => true]) {
        const ids = new Set(sorted.filter((_, i) => pick(i)).map((c) => c.id));
        const want = sorted.filter((c) => ids.has(c.id)).slice(0, 12);
        expect((await firstCardsAmong(db, ids, order, 12)).map((c) => c.id)).toEqual(want.map((c) => c.id));
      }
    });

  it('are fewer when fewer match, and none for none', async () => {
    const [one] = await db.cards.toArray();
    expect(await firstCardsAmong(db, new Set([one!.id]), 'clipped', 12)).toEqual([one]);
    expect(await firstCardsAmong(db, new Set(), 'clipped', 12)).toEqual([]);
  });
});
