/**
 * Rebuilds the search index from the articles when it was written by another format or tokenizer, or a block
 * failed its checksum: the index is derived data. The rebuild runs in small transactions, each indexing the next
 * batch of articles by id and recording how far it got, so it resumes after the popup closes; until it is done,
 * search scans the articles it has not reached (index-reader.ts).
 */
import type { ClipsDb } from '../db';
import type { StoredCard } from '../cards-mirror';
import { markNew } from './index-writer';
import { freshState, INDEX_TABLES, isCurrent, STATE_KEY, type IndexState } from './index-tables';

const BATCH = 300;
const running = new WeakMap<ClipsDb, Promise<void>>();

const stateOf = async (db: ClipsDb) => (await db.table('indexState').get(STATE_KEY)) as IndexState | undefined;

/** Start over: empty index, every article still to index. Counters continue, so no cached segment is reused. */
async function restart(db: ClipsDb, force: boolean): Promise<void> {
  await db.transaction('rw', INDEX_TABLES, async () => {
    const old = await stateOf(db);
    if (!force && isCurrent(old)) return;
    await Promise.all(['segments', 'blocks', 'dead'].map((n) => db.table(n).clear()));
    const s = freshState();
    await db.table('indexState').put({
      ...s,
      nextDoc: old?.nextDoc ?? s.nextDoc,
      nextSeg: old?.nextSeg ?? s.nextSeg,
      gen: (old?.gen ?? 0) + 1,
      rebuildAfter: '',
      rebuildFrom: old?.nextDoc ?? s.nextDoc,
    } satisfies IndexState);
  });
}

/** Index the next batch; false when every article is indexed. */
async function step(db: ClipsDb): Promise<boolean> {
  return db.transaction('rw', ['articles', 'cards', ...INDEX_TABLES], async () => {
    // A rebuild begun before v7 has no `rebuildFrom`: every article is indexed again, its old doc tombstoned.
    const { rebuildAfter: after, rebuildFrom } = (await stateOf(db)) ?? {};
    if (after == null) return false;
    const rows = await db.articles.where('id').above(after).limit(BATCH).toArray();
    // Articles written since the rebuild began were indexed by their write already: their card has a doc it gave.
    const known = (await db.cards.bulkGet(rows.map((r) => r.id))) as (StoredCard | undefined)[];
    const todo = rows.filter((_, i) => rebuildFrom === undefined || !((known[i]?.doc ?? -1) >= rebuildFrom));
    // Writing them back indexes them (index-writer.ts), in this transaction. Their cards' old docs are in no
    // segment since the restart: nothing to tombstone.
    if (rebuildFrom !== undefined) markNew(todo);
    if (todo.length) await db.articles.bulkPut(todo);
    const s = (await stateOf(db))!;
    const done = rows.length < BATCH;
    await db.table('indexState').put({ ...s, rebuildAfter: done ? null : rows[rows.length - 1]!.id, gen: s.gen + 1 });
    return !done;
  });
}

/**
 * Rebuild if needed (or if `force`: a block failed its checksum), resuming a rebuild left unfinished. One at a
 * time per database; callers may fire and forget.
 */
export function rebuildIndex(db: ClipsDb, force = false): Promise<void> {
  const busy = running.get(db);
  if (busy) return busy;
  const run = (async () => {
    try {
      await restart(db, force);
      while (await step(db));
    } finally {
      running.delete(db);
    }
  })();
  running.set(db, run);
  return run;
}
