/**
 * Tiered merge: when a level holds MERGE_AT segments or more, they become one segment of the next level, without
 * their tombstoned docs. The merged blocks are written first under a segment id no record lists (a crash there
 * leaves only orphan blocks, never a wrong index, and a later merge removes them); then one small transaction
 * publishes the merged record, removes the merged ones and the tombstones of the docs dropped, provided the merged
 * segments are all still there. No merge starts while an import is in progress (its journal has rows).
 */
import type { ClipsDb } from '../db';
import { allPostings, fromPostings, type BlockRecord, type SegmentRecord } from './segment';
import { INDEX_TABLES, STATE_KEY, type IndexState } from './index-tables';
import { JOURNAL } from '../import-journal';

export const MERGE_AT = 8;
const running = new WeakMap<ClipsDb, Promise<boolean>>();

/** Segments to merge next: the lowest level with MERGE_AT or more, or none. */
export function pickMerge(segs: readonly SegmentRecord[]): SegmentRecord[] {
  const byLevel = new Map<number, SegmentRecord[]>();
  for (const s of segs) byLevel.set(s.level, [...(byLevel.get(s.level) ?? []), s]);
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const group = byLevel.get(level)!;
    if (group.length >= MERGE_AT) return group;
  }
  return [];
}

async function mergeOnce(db: ClipsDb): Promise<boolean> {
  const segments = db.table('segments');
  const blocks = db.table('blocks');
  // Read what to merge in one read transaction: a consistent picture.
  const picked = await db.transaction('r', [...INDEX_TABLES, JOURNAL], async () => {
    // Not while an import writes batches (journalled until it is published): each merge would rewrite blocks
    // that the next batches make small again. The import merges once it is published.
    if (await db.table(JOURNAL).count()) return null;
    const group = pickMerge((await segments.toArray()) as SegmentRecord[]);
    if (!group.length) return null;
    const dead = new Set((await db.table('dead').toCollection().primaryKeys()) as number[]);
    const postings = new Map<string, number[]>();
    for (const meta of group)
      for (const b of (await blocks.bulkGet(meta.firsts.map((_, n) => [meta.seg, n]))) as BlockRecord[])
        allPostings(b, meta.base, (term, docs) => {
          const live = docs.filter((d) => !dead.has(d));
          if (live.length) postings.set(term, [...(postings.get(term) ?? []), ...live]);
        });
    return { group, dead, postings };
  });
  if (!picked) return false;
  const { group, dead, postings } = picked;
  const pairs = group.flatMap((s) => s.docs.map((d, i) => [d, s.ids[i]!] as const)).sort((a, b) => a[0] - b[0]);
  const kept = pairs.filter(([d]) => !dead.has(d));
  for (const list of postings.values()) list.sort((a, b) => a - b);
  const seg = await db.transaction('rw', 'indexState', async () => {
    const s = (await db.table('indexState').get(STATE_KEY)) as IndexState;
    await db.table('indexState').put({ ...s, nextSeg: s.nextSeg + 1 });
    return s.nextSeg;
  });
  const level = Math.max(...group.map((s) => s.level)) + 1;
  const merged = fromPostings(
    seg,
    level,
    kept.map(([d]) => d),
    kept.map(([, id]) => id),
    postings,
  );
  await blocks.bulkPut(merged.blocks);
  return db.transaction('rw', INDEX_TABLES, async () => {
    const still = await segments.bulkGet(group.map((s) => s.seg));
    if (still.some((s) => !s)) {
      // Someone else merged or rebuilt meanwhile: drop ours.
      await blocks.where('[seg+n]').between([seg, 0], [seg, Infinity]).delete();
      return false;
    }
    const s = (await db.table('indexState').get(STATE_KEY)) as IndexState;
    await segments.put(merged.meta);
    await segments.bulkDelete(group.map((g) => g.seg));
    for (const g of group) await blocks.where('[seg+n]').between([g.seg, 0], [g.seg, Infinity]).delete();
    await db.table('dead').bulkDelete(pairs.filter(([d]) => dead.has(d)).map(([d]) => d));
    await db.table('indexState').put({ ...s, gen: s.gen + 1 });
    return true;
  });
}

/** Held by the page merging (Web Locks): while one holds it, no other page has merged blocks not yet published. */
export const MERGE_LOCK = 'campus-news-clipper-merge';
const swept = new WeakSet<ClipsDb>();

function withMergeLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request(MERGE_LOCK, fn) as Promise<T>) : fn();
}

/**
 * Delete blocks that no segment lists: what a merge left when its page died between writing the merged blocks and
 * publishing them. Only under the merge lock (another page's merge in progress has such blocks too); every other
 * write stores blocks and their segment record in one transaction. Returns how many were removed.
 */
export async function removeOrphans(db: ClipsDb): Promise<number> {
  return db.transaction('rw', ['segments', 'blocks'], async () => {
    const listed = new Set((await db.table('segments').toCollection().primaryKeys()) as number[]);
    const keys = (await db.table('blocks').toCollection().primaryKeys()) as [number, number][];
    const orphans = keys.filter(([seg]) => !listed.has(seg));
    if (orphans.length) await db.table('blocks').bulkDelete(orphans);
    return orphans.length;
  });
}

/** Run up to `steps` merges (each one level's segments into one), one at a time per database and across pages. */
function mergeUnderLock(db: ClipsDb, steps: number): Promise<boolean> {
  const busy = running.get(db);
  if (busy) return busy;
  const run = withMergeLock(async () => {
    let any = false;
    try {
      if (!swept.has(db)) {
        await removeOrphans(db);
        swept.add(db);
      }
      for (let i = 0; i < steps && (await mergeOnce(db)); i++) any = true;
    } finally {
      running.delete(db);
    }
    return any;
  });
  running.set(db, run);
  return run;
}

/**
 * Merge until no level needs it, first (once per page) removing what a crashed merge left. One at a time per
 * database and across pages; callers may fire and forget.
 */
export function mergeSegments(db: ClipsDb): Promise<boolean> {
  return mergeUnderLock(db, Infinity);
}

/** One merge (the lowest full level), if a level is full; for background merging a step at a time. */
export function mergeOneLevel(db: ClipsDb): Promise<boolean> {
  return mergeUnderLock(db, 1);
}
