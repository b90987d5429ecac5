// A merge of index segments (utils/collection/index/merge.ts) streams: term by term over the segments' blocks, the
// merged blocks written as they fill. It must give exactly the blocks that gathering every posting in one map
// gave (the merge before session 30), and never hold the merged segment whole.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { MERGE_AT, mergeSegments } from '../../utils/collection/index/merge';
import {
  buildSegment,
  fromPostings,
  type BlockRecord,
  type IndexedDoc,
  type SegmentRecord,
} from '../../utils/collection/index/segment';
import { freshState, INDEX_TABLES, STATE_KEY } from '../../utils/collection/index/index-tables';
import { readDeltas } from '../../utils/collection/index/varint';

let db: ClipsDb;
let dbs = 0;
beforeEach(() => void (db = openDb(`merge-${dbs++}`)));
afterEach(() => db.delete());

/** A seeded generator: the same segments every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Store segments (ids from 1, in this order) and tombstones as the index writer would, then the state. */
async function store(segs: IndexedDoc[][], dead: number[] = [], level = 0): Promise<SegmentRecord[]> {
  const built = segs.map((docs, i) => buildSegment(i + 1, level, docs));
  await db.transaction('rw', INDEX_TABLES, async () => {
    for (const { meta, blocks } of built) {
      await db.table('segments').put(meta);
      await db.table('blocks').bulkPut(blocks);
    }
    await db.table('dead').bulkPut(dead.map((doc) => ({ doc })));
    await db.table('indexState').put({ ...freshState(), nextSeg: segs.length + 1, nextDoc: 1_000_000 });
  });
  return built.map((b) => b.meta);
}

/** What the merge before streaming gave: every posting gathered in one map, in segment order, then packed. */
async function gathered(group: SegmentRecord[], dead: Set<number>, seg: number) {
  const postings = new Map<string, number[]>();
  for (const meta of group) {
    const read = (await db.table('blocks').bulkGet(meta.firsts.map((_, n) => [meta.seg, n]))) as BlockRecord[];
    for (const b of read)
      b.terms.forEach((term, i) => {
        const docs: number[] = [];
        const end = i + 1 < b.terms.length ? b.offs[i + 1]! : b.data.length;
        readDeltas(b.data, b.offs[i]!, end, (d) => docs.push(meta.base + d));
        const live = docs.filter((d) => !dead.has(d));
        const list = postings.get(term);
        if (list) list.push(...live);
        else if (live.length) postings.set(term, live);
      });
  }
  for (const list of postings.values()) list.sort((a, b) => a - b);
  const pairs = group.flatMap((s) => s.docs.map((d, i) => [d, s.ids[i]!] as const)).sort((a, b) => a[0] - b[0]);
  const kept = pairs.filter(([d]) => !dead.has(d));
  const level = Math.max(...group.map((s) => s.level)) + 1;
  return fromPostings(
    seg,
    level,
    kept.map(([d]) => d),
    kept.map(([, id]) => id),
    postings,
  );
}

async function mergedSegment() {
  const [meta] = (await db.table('segments').toArray()) as SegmentRecord[];
  const blocks = (await db
    .table('blocks')
    .where('[seg+n]')
    .between([meta!.seg, 0], [meta!.seg, Infinity])
    .toArray()) as BlockRecord[];
  return { meta: meta!, blocks };
}

describe('streaming merge', () => {
  it('gives exactly the blocks of gathering every posting first: runs in and out of order, tombstones, odd terms', async () => {
    const rnd = random(7);
    // Terms that are prefixes of each other, CJK, surrogate pairs (UTF-16 puts them before U+FF01…, code points
    // after), a term only dead docs hold, and many plain ones so the merged segment has many blocks.
    const odd = [
      'a',
      'ab',
      'abc',
      'abcd',
      'b',
      '卢',
      '卢建',
      '卢建军',
      '𠮷',
      '𠮷野',
      '𠀀a',
      'ｆｕｌｌ',
      '！',
      '\uffff',
    ];
    const vocab = [...odd, ...Array.from({ length: 6000 }, (_, i) => `w${(i * 7919) % 6000}x${i % 13}`)];
    const doc = (d: number): IndexedDoc => {
      const terms = new Set(['the']);
      for (let k = 0; k < 25; k++) terms.add(vocab[Math.floor(rnd() ** 2 * vocab.length)]!);
      if (d % 97 === 0) terms.add('onlydead');
      return { doc: d, id: `id${d}`, terms: [...terms] };
    };
    const run = (from: number, to: number, step = 1) => {
      const out: IndexedDoc[] = [];
      for (let d = from; d < to; d += step) out.push(doc(d));
      return out;
    };
    const segs = [
      run(1, 2500), // in order
      run(2500, 5000),
      run(20_000, 22_000, 2), // interleaved with the next: lists out of order across segments
      run(20_001, 22_000, 2),
      run(40_000, 43_000), // after the next one's docs: joined out of order
      run(30_000, 33_000),
      run(60_000, 60_000 + 16_000 * 150, 150), // a long run, deltas of 2 bytes: 'the' alone is more than a block
      [doc(50_000)],
    ];
    expect(segs).toHaveLength(MERGE_AT);
    const dead = segs
      .flat()
      .map((d) => d.doc)
      .filter((d) => d % 97 === 0 || rnd() < 0.1);
    const group = await store(segs, dead);
    const expected = await gathered(group, new Set(dead), MERGE_AT + 1);
    expect(await mergeSegments(db)).toBe(true);
    const merged = await mergedSegment();
    expect(merged.meta).toEqual(expected.meta);
    expect(merged.blocks.length).toBe(expected.blocks.length);
    expect(merged.blocks).toEqual(expected.blocks);
    // What the fixture meant to cover.
    expect(expected.blocks.length).toBeGreaterThan(20);
    const terms = expected.blocks.flatMap((b) => b.terms);
    for (const t of [...odd, 'the']) expect(terms, t).toContain(t);
    expect(terms).not.toContain('onlydead');
    const the = expected.blocks.find((b) => b.terms.includes('the'))!;
    expect(the.data.length).toBeGreaterThan(32 * 1024);
    expect(await db.table('dead').count()).toBe(0);
  });

  it('a small merge (one block) gives the same too', async () => {
    const segs = Array.from({ length: MERGE_AT }, (_, s) =>
      Array.from({ length: 30 }, (_, i) => ({ doc: s * 100 + i + 1, id: `d${s}-${i}`, terms: [`t${i % 7}`, 'all'] })),
    );
    const group = await store(segs);
    const expected = await gathered(group, new Set(), MERGE_AT + 1);
    expect(await mergeSegments(db)).toBe(true);
    expect(await mergedSegment()).toEqual(expected);
  });

  it('writes merged blocks while it reads: few source blocks per read, the merged segment never held whole', async () => {
    // Every segment holds terms across the whole range, so all cursors advance together.
    const TERMS = 260_000;
    const segs = Array.from({ length: MERGE_AT }, (_, s) => {
      const docs: IndexedDoc[] = [];
      for (let i = 0; i < 40; i++) {
        const terms: string[] = [];
        for (let t = s * 40 + i; t < TERMS; t += MERGE_AT * 40) terms.push(`term${String(t).padStart(6, '0')}`);
        docs.push({ doc: s * 40 + i + 1, id: `d${s}-${i}`, terms });
      }
      return docs;
    });
    const group = await store(segs);
    const sourceBlocks = group.reduce((n, g) => n + g.firsts.length, 0);
    const seg = MERGE_AT + 1;
    const table = db.table('blocks');
    const { bulkGet, bulkPut } = table;
    let read = 0;
    let stored = 0;
    let storedAtLastRead = -1;
    let widest = 0;
    table.bulkGet = ((keys: [number, number][]) => {
      read += keys.length;
      widest = Math.max(widest, keys.length);
      if (read === sourceBlocks) storedAtLastRead = stored;
      return bulkGet.call(table, keys);
    }) as typeof table.bulkGet;
    table.bulkPut = ((rows: BlockRecord[]) => {
      stored += rows.filter((r) => r.seg === seg).length;
      return bulkPut.call(table, rows);
    }) as typeof table.bulkPut;
    try {
      expect(await mergeSegments(db)).toBe(true);
    } finally {
      table.bulkGet = bulkGet;
      table.bulkPut = bulkPut;
    }
    const total = (await mergedSegment()).meta.firsts.length;
    expect(total).toBeGreaterThan(150);
    expect(stored).toBe(total);
    expect(read).toBe(sourceBlocks);
    // A few blocks of a segment per read, not the segment; by the last read all but a few puts' worth are written.
    expect(storedAtLastRead).toBeGreaterThanOrEqual(total - 100);
    expect(widest).toBeLessThanOrEqual(4);
  });
});

describe('merge state', () => {
  it('the merged segment is published under the next segment id, the state counted on', async () => {
    await store(Array.from({ length: MERGE_AT }, (_, s) => [{ doc: s + 1, id: `d${s}`, terms: ['x'] }]));
    expect(await mergeSegments(db)).toBe(true);
    const state = await db.table('indexState').get(STATE_KEY);
    expect(state.nextSeg).toBe(MERGE_AT + 2);
    expect((await mergedSegment()).meta.seg).toBe(MERGE_AT + 1);
  });
});
