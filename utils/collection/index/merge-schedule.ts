/**
 * Background merging after writes (clips, imports): many one-by-one clips each leave a small segment, and without
 * this the next search paid for every merge at once (one Node bench run: 103 s for the first search after 2,000
 * single clips). After a write, once the page is idle, one level is merged; then the next, each step its own idle
 * turn, so a clip or a search never waits behind a long merge. Each merge publishes in one small transaction
 * (merge.ts); a page closed meanwhile leaves only orphan blocks, which the next merge removes.
 */
import type { ClipsDb } from '../db';
import { MERGE_AT, mergeOneLevel } from './merge';
import type { SegmentRecord } from './segment';

/** Level of each segment seen, by id: records are immutable, so only new ids are read. */
const levels = new WeakMap<ClipsDb, Map<number, number>>();
const pending = new WeakSet<ClipsDb>();

/** Whether some level holds MERGE_AT segments, reading only the segment ids and the records not seen before. */
export async function levelIsFull(db: ClipsDb): Promise<boolean> {
  const known = levels.get(db) ?? new Map<number, number>();
  levels.set(db, known);
  const keys = (await db.table('segments').toCollection().primaryKeys()) as number[];
  const fresh = keys.filter((k) => !known.has(k));
  if (fresh.length)
    for (const s of (await db.table('segments').bulkGet(fresh)) as (SegmentRecord | undefined)[])
      if (s) known.set(s.seg, s.level);
  const live = new Set(keys);
  const count = new Map<number, number>();
  for (const [seg, level] of known)
    if (!live.has(seg)) known.delete(seg);
    else count.set(level, (count.get(level) ?? 0) + 1);
  return [...count.values()].some((n) => n >= MERGE_AT);
}

/** After `wait` ms, when the page is idle (where it can tell), outside any Dexie zone (a timer). */
function whenIdle(wait: number, work: () => Promise<unknown>): void {
  const run = () => void work().catch(() => undefined);
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => void })
    .requestIdleCallback;
  setTimeout(() => (ric ? ric(run, { timeout: 2000 }) : run()), wait);
}

/**
 * Merge the index in the background, one level per idle turn, until no level is full. Calls while one is pending
 * are folded into it; a closed database is left alone.
 */
export function scheduleMerge(db: ClipsDb, wait = 200): void {
  if (pending.has(db)) return;
  pending.add(db);
  whenIdle(wait, async () => {
    pending.delete(db);
    if (!db.isOpen() || !(await levelIsFull(db))) return;
    if (await mergeOneLevel(db)) scheduleMerge(db, wait);
  });
}
