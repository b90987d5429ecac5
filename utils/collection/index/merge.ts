/**
 * Tiered merge: when a level holds MERGE_AT segments or more, they become one segment of the next level, without
 * their tombstoned docs. The merged blocks are written first under a segment id no record lists (a crash there
 * leaves only orphan blocks, never a wrong index, and a later merge removes them); then one small transaction
 * publishes the merged record, removes the merged ones and the tombstones of the docs dropped, provided the merged
 * segments are all still there. No merge starts while an import is in progress (its journal has rows).
 */
import type { ClipsDb } from '../db';
import { BlockPacker, type BlockRecord, type SegmentRecord } from './segment';
import { eachMergedTerm, SegmentGone } from './merge-terms';
import { INDEX_TABLES, STATE_KEY, type IndexState } from './index-tables';
import { JOURNAL } from '../import-journal';
import { nextTask } from '../../platform/next-task';

import { pickMerge } from './merge-pick';
export { MERGE_AT, pickMerge } from './merge-pick';

const running = new WeakMap<ClipsDb, Promise<boolean>>();

/** Postings merged per step of a merge (about 8 blocks' worth), and merged blocks written per transaction. */
const POSTINGS_PER_STEP = 200_000;
const BLOCKS_PER_PUT = 64;

function ascending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]! < list[i - 1]!) return false;
  return true;
}

async function mergeOnce(db: ClipsDb, pause: () => Promise<void>): Promise<boolean> {
  const segments = db.table('segments');
  const blocks = db.table('blocks');
  // What to merge, read in one read transaction: a consistent picture.
  const picked = await db.transaction('r', [...INDEX_TABLES, JOURNAL], async () => {
    // Not while an import writes batches (journalled until it is published): each merge would rewrite blocks
    // that the next batches make small again. The import merges once it is published.
    if (await db.table(JOURNAL).count()) return null;
    const group = pickMerge((await segments.toArray()) as SegmentRecord[]);
    if (!group.length) return null;
    const dead = new Set((await db.table('dead').toCollection().primaryKeys()) as number[]);
    return { group, dead };
  });
  if (!picked) return false;
  const { group, dead } = picked;
  const seg = await db.transaction('rw', 'indexState', async () => {
    const s = (await db.table('indexState').get(STATE_KEY)) as IndexState;
    await db.table('indexState').put({ ...s, nextSeg: s.nextSeg + 1 });
    return s.nextSeg;
  });
  const level = Math.max(...group.map((s) => s.level)) + 1;
  const pairs = group.flatMap((s) => s.docs.map((d, i) => [d, s.ids[i]!] as const)).sort((a, b) => a[0] - b[0]);
  const kept = pairs.filter(([d]) => !dead.has(d));
  // A streaming k-way merge, term by term (merge-terms.ts): each segment's blocks read a few at a time, outside any
  // transaction, the merged blocks written as they fill. Gathering every posting first held ~64 million of them
  // (~0.5 GB) when merging an import of 100,000 articles, in a page that shares its renderer with the popup.
  // Segments and blocks never change and their ids are never reused, so reading them apart reads what one
  // transaction would; a segment merged or rebuilt away meanwhile has no blocks left, and the merge is dropped
  // (publishing checks the segments again). A doc tombstoned meanwhile keeps its tombstone.
  const packer = new BlockPacker(seg);
  let work = 0;
  // In several transactions, a task between: unpublished blocks are orphans until the publish below whether they
  // were written in one transaction or many (a page that dies meanwhile leaves them to removeOrphans).
  const write = async () => {
    await blocks.bulkPut(packer.take());
    await pause();
  };
  const read = (s: number, ns: number[]) =>
    blocks.bulkGet(ns.map((n) => [s, n])) as Promise<(BlockRecord | undefined)[]>;
  try {
    await eachMergedTerm(group, read, pause, (term, lists) => {
      let list = lists.length === 1 ? lists[0]! : lists.flat();
      work += list.length;
      if (dead.size) list = list.filter((d) => !dead.has(d));
      // Segments of one level hold disjoint runs of docs, usually in order: only a list out of order is sorted.
      if (!ascending(list)) list.sort((a, b) => a - b);
      if (list.length) packer.add(term, list);
      if (packer.waiting >= BLOCKS_PER_PUT) return write();
      if (work >= POSTINGS_PER_STEP) {
        work = 0;
        return pause();
      }
    });
  } catch (e) {
    if (!(e instanceof SegmentGone)) throw e;
    await blocks.where('[seg+n]').between([seg, 0], [seg, Infinity]).delete();
    return false;
  }
  packer.finish();
  await write();
  const meta: SegmentRecord = {
    seg,
    level,
    docs: kept.map(([d]) => d),
    ids: kept.map(([, id]) => id),
    base: 0,
    firsts: packer.firsts,
  };
  return db.transaction('rw', INDEX_TABLES, async () => {
    const still = await segments.bulkGet(group.map((s) => s.seg));
    if (still.some((s) => !s)) {
      // Someone else merged or rebuilt meanwhile: drop ours.
      await blocks.where('[seg+n]').between([seg, 0], [seg, Infinity]).delete();
      return false;
    }
    const s = (await db.table('indexState').get(STATE_KEY)) as IndexState;
    await segments.put(meta);
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
function mergeUnderLock(db: ClipsDb, steps: number, pause: () => Promise<void>): Promise<boolean> {
  const busy = running.get(db);
  if (busy) return busy;
  const run = withMergeLock(async () => {
    let any = false;
    try {
      if (!swept.has(db)) {
        await removeOrphans(db);
        swept.add(db);
      }
      for (let i = 0; i < steps && (await mergeOnce(db, pause)); i++) any = true;
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
 * database and across pages; callers may fire and forget. A merge awaits `pause` between its steps (holding no
 * transaction then), so the page's own work goes on meanwhile.
 */
export function mergeSegments(db: ClipsDb, pause: () => Promise<void> = nextTask): Promise<boolean> {
  return mergeUnderLock(db, Infinity, pause);
}

/** One merge (the lowest full level), if a level is full; for background merging a step at a time. */
export function mergeOneLevel(db: ClipsDb, pause: () => Promise<void> = nextTask): Promise<boolean> {
  return mergeUnderLock(db, 1, pause);
}
