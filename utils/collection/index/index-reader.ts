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
  const { docs, state } = await db.transaction('r', indexTables(db), async () => {
    const { state, loaded } = await load(db, cache);
    if (!loaded) return { docs: null, state };
    // Every block of every token requested at once: a fresh popup's reads queue behind its list's, so each
    // round of requests costs a wait; tokens one after another would cost one round each.
    const perToken = await Promise.all(
      tokens.map((t) =>
        Promise.all(
          loaded.segs.flatMap((meta) =>
            blocksFor(meta, t).map(async (n) => ({ meta, b: await block(db, cache, meta.seg, n) })),
          ),
        ),
      ),
    );
    // Each doc's segment, for its article id; intersected token by token, rarest first.
    let keep: Map<number, SegmentRecord> | null = null;
    for (const [i, found] of perToken.map((f, i) => [i, f] as const).sort((a, b) => a[1].length - b[1].length)) {
      const hits = new Map<number, SegmentRecord>();
      for (const { meta, b } of found)
        postingsWithPrefix(b, tokens[i]!, meta.base, (d) => (!keep || keep.has(d)) && hits.set(d, meta));
      keep = hits;
      if (!keep.size) break;
    }
    const ids = new Set<string>();
    for (const [d, meta] of keep ?? []) if (!loaded.dead.has(d)) ids.add(idOf(meta, d));
    return { docs: ids, state };
  });
  if (!docs) return { ids: await scanMatches(db, tokens), state: 'indexing' };
  if (state!.rebuildAfter === null) return { ids: docs, state: 'ready' };
  for (const id of await scanMatches(db, tokens, state!.rebuildAfter)) docs.add(id);
  return { ids: docs, state: 'indexing' };
}

/**
 * Read the segment list and tombstones now, so the first search of a fresh popup need not wait for them behind
 * the list's reads. Errors are left to the search itself.
 */
export async function warmIndex(db: ClipsDb): Promise<void> {
  await db.transaction('r', indexTables(db), () => load(db, cacheOf(db)));
}

/** The segment list as this page last read it (null before its first read): what is cached, not re-read. */
export function cachedSegments(db: ClipsDb): readonly SegmentRecord[] | null {
  return caches.get(db)?.loaded?.segs ?? null;
}

const indexTables = (db: ClipsDb) => ['segments', 'blocks', 'dead', 'indexState'].map((n) => db.table(n));

/** The article id of doc `d` of a segment: its docs are ascending. */
function idOf(meta: SegmentRecord, d: number): string {
  let lo = 0,
    hi = meta.docs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (meta.docs[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return meta.ids[lo]!;
}

/**
 * The index state and, when current, its segments and tombstones (cached until the generation changes). A page's
 * first load asks for all three in one round; later ones read the state, then only what changed.
 */
async function load(db: ClipsDb, cache: Cache): Promise<{ state: IndexState | undefined; loaded: Loaded | null }> {
  const segments = db.table('segments');
  const deadKeys = () => db.table('dead').toCollection().primaryKeys() as Promise<number[]>;
  const getState = db.table('indexState').get(STATE_KEY) as Promise<IndexState | undefined>;
  if (!cache.loaded && !cache.metas.size) {
    const [state, segs, dead] = await Promise.all([
      getState,
      segments.toArray() as Promise<SegmentRecord[]>,
      deadKeys(),
    ]);
    if (!isCurrent(state)) return { state, loaded: null };
    for (const m of segs) cache.metas.set(m.seg, m);
    return { state, loaded: (cache.loaded = { gen: state!.gen, segs, dead: new Set(dead) }) };
  }
  const state = await getState;
  if (!isCurrent(state)) return { state, loaded: null };
  if (cache.loaded?.gen === state!.gen) return { state, loaded: cache.loaded };
  const [segKeys, dead] = await Promise.all([segments.toCollection().primaryKeys() as Promise<number[]>, deadKeys()]);
  const missing = segKeys.filter((k) => !cache.metas.has(k));
  if (missing.length) for (const m of (await segments.bulkGet(missing)) as SegmentRecord[]) cache.metas.set(m.seg, m);
  const live = new Set(segKeys);
  for (const k of cache.metas.keys()) if (!live.has(k)) cache.metas.delete(k);
  const segs = segKeys.map((k) => cache.metas.get(k)!);
  return { state, loaded: (cache.loaded = { gen: state!.gen, segs, dead: new Set(dead) }) };
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
