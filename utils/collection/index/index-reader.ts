/**
 * Answers "which articles have every query token (as a prefix of one of their words)" from the segments.
 * Segment records and blocks are immutable, so they are cached for the life of the page; only the segment list
 * and the tombstones are re-read, and only when the index's generation changed. Articles not indexed yet (a
 * rebuild in progress) are scanned, so search answers while the index is rebuilt.
 */
import { Dexie } from 'dexie';
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
  const { docs, state } = await answeredIn(db, async () => {
    // The blocks of the segment list read last time are asked for with the index state, not after it: one round
    // of requests instead of two. They are used only if that list is still current (segment ids are never reused,
    // so a block read for a list since merged away is only unused; its failure is caught, not the answer's).
    const guess = cache.loaded;
    const early = guess ? settled(blocksOf(db, cache, guess, tokens)) : null;
    const { state, loaded } = await load(db, cache);
    if (!loaded) return { docs: null, state };
    const got = early && loaded === guess ? await early : null;
    if (got && 'error' in got) throw got.error;
    const perToken = got ? got.value : await blocksOf(db, cache, loaded, tokens);
    // Intersected token by token, rarest first, over one counter per doc of the segment list (typed, no maps):
    // a doc's counter reaches token j + 1 only from j, so a doc posted twice for one token counts once.
    const { offs, total } = slotsOf(loaded);
    const count = new Uint16Array(total);
    const order = perToken.map((f, i) => [i, f] as const).sort((a, b) => a[1].length - b[1].length);
    let need = 0;
    for (const [i, found] of order) {
      let advanced = 0;
      for (const { meta, b } of found) {
        const off = offs.get(meta)!;
        const { lo, map } = docIndex(meta);
        const j = need;
        postingsWithPrefix(b, tokens[i]!, meta.base, (d) => {
          const g = off + (map ? map[d - lo]! : d - lo);
          if (count[g] === j) {
            count[g] = j + 1;
            advanced++;
          }
        });
      }
      need++;
      if (!advanced) break;
    }
    const ids = new Set<string>();
    const { dead } = loaded;
    if (need === tokens.length)
      for (const meta of loaded.segs) {
        const off = offs.get(meta)!;
        for (let k = 0; k < meta.docs.length; k++)
          if (count[off + k] === need && !(dead.size && dead.has(meta.docs[k]!))) ids.add(meta.ids[k]!);
      }
    return { docs: ids, state };
  });
  if (!docs) return { ids: await scanMatches(db, tokens), state: 'indexing' };
  if (state!.rebuildAfter === null) return { ids: docs, state: 'ready' };
  for (const id of await scanMatches(db, tokens, state!.rebuildAfter)) docs.add(id);
  return { ids: docs, state: 'indexing' };
}

type Found = { meta: SegmentRecord; b: BlockRecord }[][];

/**
 * Every block of every token requested at once: a fresh popup's reads queue behind its list's, so each round of
 * requests costs a wait; tokens one after another would cost one round each.
 */
function blocksOf(db: ClipsDb, cache: Cache, loaded: Loaded, tokens: readonly string[]): Promise<Found> {
  return Promise.all(
    tokens.map((t) =>
      Promise.all(
        loaded.segs.flatMap((meta) =>
          blocksFor(meta, t).map(async (n) => ({ meta, b: await block(db, cache, meta.seg, n) })),
        ),
      ),
    ),
  );
}

/** A promise that never rejects: an unhandled rejection inside a Dexie transaction would abort it. */
const settled = <T>(p: Promise<T>): Promise<{ value: T } | { error: unknown }> =>
  p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

/**
 * `read` in one read-only transaction of the index tables, answered as soon as its reads are in rather than when
 * the transaction's completion is reported (a further round trip): a read-only transaction's reads are final.
 */
function answeredIn<T>(db: ClipsDb, read: () => Promise<T>): Promise<T> {
  return new Promise<T>((ok, fail) => {
    db.transaction('r', indexTables(db), async () => {
      const out = await read();
      // Resolved outside the transaction's zone: what the caller does next (a scan of the articles) is no part of it.
      Dexie.ignoreTransaction(() => ok(out));
      return out;
    }).catch(fail);
  });
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

/** Where each segment's docs start in one numbering of every doc of the segment list (cached with the list). */
const slotCache = new WeakMap<Loaded, { offs: Map<SegmentRecord, number>; total: number }>();
function slotsOf(loaded: Loaded): { offs: Map<SegmentRecord, number>; total: number } {
  let s = slotCache.get(loaded);
  if (!s) {
    const offs = new Map<SegmentRecord, number>();
    let total = 0;
    for (const m of loaded.segs) {
      offs.set(m, total);
      total += m.docs.length;
    }
    slotCache.set(loaded, (s = { offs, total }));
  }
  return s;
}

/**
 * Doc number → its index in a segment's ascending docs: `d − lo` when they run without gaps (an import batch),
 * else through a typed table (a merge that dropped deleted docs). Segments never change: computed once each.
 */
const indexCache = new WeakMap<SegmentRecord, { lo: number; map: Int32Array | null }>();
function docIndex(meta: SegmentRecord): { lo: number; map: Int32Array | null } {
  let x = indexCache.get(meta);
  if (!x) {
    const { docs } = meta;
    const lo = docs[0] ?? 0;
    const span = docs.length ? docs[docs.length - 1]! - lo + 1 : 0;
    let map: Int32Array | null = null;
    if (span !== docs.length) {
      map = new Int32Array(span);
      for (let k = 0; k < docs.length; k++) map[docs[k]! - lo] = k;
    }
    indexCache.set(meta, (x = { lo, map }));
  }
  return x;
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
