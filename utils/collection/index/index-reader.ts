/**
 * Answers "which articles have every query token (as a prefix of one of their words)" from the segments.
 * Segment records and blocks are immutable, so they are cached for the life of the page; only the segment list
 * and the tombstones are re-read, and only when the index's generation changed. Articles not indexed yet (a
 * rebuild in progress) are scanned, so search answers while the index is rebuilt.
 */
import type { ClipsDb, StoredArticle } from '../db';
import { wordsOf } from '../stored-article';
import { blockIntact, blocksFor, postingsWithPrefix, type BlockRecord, type SegmentRecord } from './segment';
import { isCurrent, STATE_KEY, type IndexState } from './index-tables';

interface Loaded {
  gen: number;
  segs: SegmentRecord[];
  dead: Set<number>;
  idOf: Map<number, string>;
}

/** Blocks kept decoded in memory per database (about 32 KB each). */
const MAX_CACHED_BLOCKS = 2000;

interface Cache {
  loaded: Loaded | null;
  metas: Map<number, SegmentRecord>;
  blocks: Map<string, BlockRecord>;
}
const caches = new WeakMap<ClipsDb, Cache>();

function cacheOf(db: ClipsDb): Cache {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = { loaded: null, metas: new Map(), blocks: new Map() }));
  return c;
}

/** A block whose checksum fails: the index is rebuilt from the articles (see rebuild.ts). */
export class IndexCorruptError extends Error {
  constructor(seg: number, n: number) {
    super(`search index block ${seg}/${n} failed its checksum`);
    this.name = 'IndexCorruptError';
  }
}

/** Whether an article's words answer every token: the definition the index must agree with. */
export function articleMatches(a: Omit<StoredArticle, 'id'>, tokens: readonly string[]): boolean {
  const words = wordsOf(a);
  return tokens.every((t) => words.some((w) => w.startsWith(t)));
}

/** Ids of the articles matching every token by reading every article: the truth, and the fallback. */
export async function scanMatches(db: ClipsDb, tokens: readonly string[], after?: string): Promise<Set<string>> {
  const out = new Set<string>();
  const rows = after === undefined ? db.articles.toCollection() : db.articles.where('id').above(after);
  await rows.each((a) => void (articleMatches(a, tokens) && out.add(a.id)));
  return out;
}

export type IndexAnswer = { ids: Set<string>; state: 'ready' | 'indexing' };

/** Ids of the articles matching every token (non-empty), from the index plus a scan of what it lacks. */
export async function indexMatches(db: ClipsDb, tokens: readonly string[]): Promise<IndexAnswer> {
  const cache = cacheOf(db);
  const tables = ['segments', 'blocks', 'dead', 'indexState'].map((n) => db.table(n));
  const { docs, state } = await db.transaction('r', tables, async () => {
    const state = (await db.table('indexState').get(STATE_KEY)) as IndexState | undefined;
    if (!isCurrent(state)) return { docs: null, state };
    const loaded = await load(db, cache, state!);
    let keep: Set<number> | null = null;
    // Each token's docs, over every segment; intersected as they come.
    for (const t of tokens) {
      const hits = new Set<number>();
      await Promise.all(
        loaded.segs.map(async (meta) => {
          for (const n of blocksFor(meta, t)) {
            const b = await block(db, cache, meta.seg, n);
            postingsWithPrefix(b, t, meta.base, (d) => (!keep || keep.has(d)) && hits.add(d));
          }
        }),
      );
      keep = hits;
      if (!keep.size) break;
    }
    const ids = new Set<string>();
    for (const d of keep ?? []) if (!loaded.dead.has(d)) ids.add(loaded.idOf.get(d)!);
    return { docs: ids, state };
  });
  if (!docs) return { ids: await scanMatches(db, tokens), state: 'indexing' };
  if (state!.rebuildAfter === null) return { ids: docs, state: 'ready' };
  for (const id of await scanMatches(db, tokens, state!.rebuildAfter)) docs.add(id);
  return { ids: docs, state: 'indexing' };
}

async function load(db: ClipsDb, cache: Cache, state: IndexState): Promise<Loaded> {
  if (cache.loaded?.gen === state.gen) return cache.loaded;
  const [segKeys, deadKeys] = await Promise.all([
    db.table('segments').toCollection().primaryKeys() as Promise<number[]>,
    db.table('dead').toCollection().primaryKeys() as Promise<number[]>,
  ]);
  const missing = segKeys.filter((k) => !cache.metas.has(k));
  if (missing.length)
    for (const m of (await db.table('segments').bulkGet(missing)) as SegmentRecord[]) cache.metas.set(m.seg, m);
  const live = new Set(segKeys);
  for (const k of cache.metas.keys()) if (!live.has(k)) cache.metas.delete(k);
  const segs = segKeys.map((k) => cache.metas.get(k)!);
  const idOf = new Map<number, string>();
  for (const s of segs) s.docs.forEach((d, i) => idOf.set(d, s.ids[i]!));
  return (cache.loaded = { gen: state.gen, segs, dead: new Set(deadKeys), idOf });
}

async function block(db: ClipsDb, cache: Cache, seg: number, n: number): Promise<BlockRecord> {
  const key = `${seg}/${n}`;
  let b = cache.blocks.get(key);
  if (b) {
    // Most recently used last: the oldest go first when the cache is full.
    cache.blocks.delete(key);
    cache.blocks.set(key, b);
    return b;
  }
  b = (await db.table('blocks').get([seg, n])) as BlockRecord | undefined;
  if (!b || !blockIntact(b)) throw new IndexCorruptError(seg, n);
  cache.blocks.set(key, b);
  if (cache.blocks.size > MAX_CACHED_BLOCKS) cache.blocks.delete(cache.blocks.keys().next().value!);
  return b;
}
