// The segmented search index (utils/collection/index/): merge, rebuild on a format change or a damaged block,
// and search answering while it rebuilds.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../utils/model/article';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { queryTokens } from '../../utils/collection/search-words';
import { wordMatches } from '../../utils/collection/query';
import { indexMatches, scanMatches } from '../../utils/collection/index/index-reader';
import { MERGE_AT, mergeSegments } from '../../utils/collection/index/merge';
import { JOURNAL, publish } from '../../utils/collection/import-journal';
import { rebuildIndex } from '../../utils/collection/index/rebuild';
import { mergeElsewhere } from '../../utils/collection/index/search-index';
import Dexie from 'dexie';
import {
  buildSegment,
  blocksFor,
  fromPostings,
  BlockPacker,
  postingsWithPrefix,
  type SegmentRecord,
} from '../../utils/collection/index/segment';
import type { IndexState } from '../../utils/collection/index/index-tables';
import type { StoredCard } from '../../utils/collection/cards-mirror';
import { MAX_DELTA_BYTES, readDeltas, writeDeltas } from '../../utils/collection/index/varint';
import { draft as base } from './factories';

const draft = (i: number): Draft =>
  base(i, {
    url: `http://news.xjtu.edu.cn/info/${i}.htm`,
    site: { host: 'news.xjtu.edu.cn', name: null, university: null },
    title: `第${i}篇 report ${i}`,
    publishedAt: null,
    views: null,
    contentHtml: '',
    textContent: i % 2 ? `党委书记卢建军主持会议 number${i}` : `Provost Jane Doe spoke number${i}`,
  });

let db: ClipsDb;
let n = 0;
beforeEach(() => void (db = openDb(`index-${n++}`)));
afterEach(() => db.delete());

/** Wait for the background, polling the database (no timing is asserted). */
async function until(done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500 && !(await done()); i++) await new Promise((r) => setTimeout(r, 20));
  expect(await done()).toBe(true);
}

const QUERIES = ['卢建军', 'jane doe', 'number1', 'number', '第3篇', 'report 2', 'absent'];
async function expectAgrees() {
  for (const q of QUERIES) expect(await wordMatches(db, q), q).toEqual(await scanMatches(db, queryTokens(q)));
}

describe('posting blocks', () => {
  it('varint deltas read back exactly, across byte boundaries', () => {
    const docs = [1, 2, 127, 128, 300, 16_383, 16_384, 2_000_000, 2 ** 40, Number.MAX_SAFE_INTEGER];
    const out = new Uint8Array(3 + docs.length * MAX_DELTA_BYTES);
    const end = writeDeltas(docs, out, 3);
    const back: number[] = [];
    readDeltas(out, 3, end, (d) => back.push(d));
    expect(back).toEqual(docs);
  });
  it('a term posted in more docs than a block holds is written whole (the block buffer grows)', () => {
    const docs = Array.from({ length: 40_000 }, (_, i) => ({ doc: i * 300, id: `d${i}`, terms: ['common'] }));
    const { meta, blocks } = buildSegment(1, 0, docs);
    const back: number[] = [];
    postingsWithPrefix(blocks[0]!, 'common', meta.base, (d) => back.push(d));
    expect(back).toEqual(docs.map((d) => d.doc));
  });
  it('a prefix finds its terms in every block they span', () => {
    const terms = Array.from({ length: 20_000 }, (_, i) => `w${String(i).padStart(5, '0')}`);
    const { meta, blocks } = buildSegment(1, 0, [
      { doc: 5, id: 'a', terms },
      { doc: 9, id: 'b', terms: terms.filter((_, i) => i % 2) },
    ]);
    expect(blocks.length).toBeGreaterThan(1);
    const hits = (p: string) => {
      const docs = new Set<number>();
      for (const b of blocksFor(meta, p)) postingsWithPrefix(blocks[b]!, p, meta.base, (d) => docs.add(d));
      return [...docs].sort((a, b) => a - b);
    };
    expect(hits('w00001')).toEqual([5, 9]);
    expect(hits('w19998')).toEqual([5]);
    expect(hits('w1')).toEqual([5, 9]);
    expect(hits('x')).toEqual([]);
  });
});

describe('search index', () => {
  it('merges small segments into one, dropping deleted docs, and answers the same', async () => {
    for (let i = 0; i < MERGE_AT + 2; i++) await saveDraft(db, draft(i));
    await saveDraft(db, { ...draft(3), textContent: 'edited away' });
    await db.articles.filter((a) => a.url === draft(4).url).delete();
    expect(await db.table('segments').count()).toBe(MERGE_AT + 3);
    expect(await mergeSegments(db)).toBe(true);
    expect(await db.table('segments').count()).toBeLessThan(MERGE_AT);
    // The dropped docs' tombstones went with them.
    expect(await db.table('dead').count()).toBe(0);
    await expectAgrees();
  });

  it('a merge pauses between its steps holding no transaction, and writes made meanwhile go on: answers unchanged', async () => {
    // The first popup after a 100,000-article import merged its 51 segments in one read transaction and ~27 s of
    // tasks of up to 1.7 s, its cards read in between (a trace): a merge now steps, and the page runs between.
    for (let i = 0; i < MERGE_AT + 1; i++) await saveDraft(db, draft(i));
    const inTransaction: boolean[] = [];
    let wrote = false;
    const pause = async () => {
      inTransaction.push(Dexie.currentTransaction !== null);
      if (inTransaction.length === 2) {
        // An edit (its old doc tombstoned, in a segment being merged) and a delete, while the merge reads.
        await saveDraft(db, { ...draft(3), textContent: 'edited during the merge' });
        await db.articles.filter((a) => a.url === draft(5).url).delete();
        wrote = true;
      }
    };
    expect(await mergeSegments(db, pause)).toBe(true);
    expect(wrote).toBe(true);
    // A pause before each segment's blocks at least, none inside a transaction.
    expect(inTransaction.length).toBeGreaterThan(MERGE_AT + 1);
    expect(inTransaction.every((x) => !x)).toBe(true);
    await expectAgrees();
    expect(await wordMatches(db, 'edited during')).toHaveLength(1);
  });

  it('a rebuild during a merge drops the merge: no blocks left unlisted, answers unchanged', async () => {
    for (let i = 0; i < MERGE_AT; i++) await saveDraft(db, draft(i));
    let pauses = 0;
    const pause = async () => void (++pauses === 3 && (await rebuildIndex(db, true)));
    expect(await mergeSegments(db, pause)).toBe(false);
    const listed = new Set((await db.table('segments').toCollection().primaryKeys()) as number[]);
    const keys = (await db.table('blocks').toCollection().primaryKeys()) as [number, number][];
    expect(keys.filter(([seg]) => !listed.has(seg))).toEqual([]);
    await expectAgrees();
  });

  it('blocks taken from the packer as they fill are the blocks of packing at once', () => {
    const postings = new Map<string, number[]>();
    for (let t = 0; t < 12_000; t++) postings.set(`term${t}`, [t, t + 7, t + 5000]);
    const docs = [...Array(17_000).keys()];
    const ids = docs.map(String);
    const whole = fromPostings(4, 1, docs, ids, postings);
    const packer = new BlockPacker(4);
    const taken = [];
    for (const t of [...postings.keys()].sort()) {
      packer.add(t, postings.get(t)!);
      if (packer.waiting) taken.push(...packer.take());
    }
    packer.finish();
    taken.push(...packer.take());
    expect(whole.blocks.length).toBeGreaterThan(2);
    expect(taken).toEqual(whole.blocks);
    expect(packer.firsts).toEqual(whole.meta.firsts);
  });

  it('a page that hands merges on asks once per segment list and does not merge itself', async () => {
    // The popup hands them to the offscreen document: its own merge was lost when it closed, and redone by the next.
    for (let i = 0; i < MERGE_AT; i++) await saveDraft(db, draft(i));
    const asked: ClipsDb[] = [];
    mergeElsewhere(async (d) => void asked.push(d));
    try {
      for (const q of ['卢建军', 'jane', 'number1']) await wordMatches(db, q);
      await new Promise((r) => setTimeout(r, 20));
      expect(asked).toEqual([db]);
      expect(await db.table('segments').count()).toBe(MERGE_AT);
    } finally {
      mergeElsewhere(mergeSegments);
    }
    // By default the page merges itself: a write makes a new list, whose search starts it.
    await saveDraft(db, draft(MERGE_AT));
    await wordMatches(db, 'jane doe');
    await until(async () => (await db.table('segments').count()) === 1);
    await expectAgrees();
  });

  it('does not merge while an import is in progress (journal rows), and merges once it is published', async () => {
    for (let i = 0; i < MERGE_AT; i++) await saveDraft(db, draft(i));
    await db.table(JOURNAL).add({ added: [], replaced: [] });
    expect(await mergeSegments(db)).toBe(false);
    expect(await db.table('segments').count()).toBe(MERGE_AT);
    await publish(db);
    expect(await mergeSegments(db)).toBe(true);
    expect(await db.table('segments').count()).toBe(1);
    await expectAgrees();
  });

  it('blocks a merge wrote but never published (its page died) are removed by the next merge', async () => {
    for (let i = 0; i < 3; i++) await saveDraft(db, draft(i));
    const listed = await db.table('blocks').count();
    const segs = (await db.table('segments').toCollection().primaryKeys()) as number[];
    const orphan = Math.max(...segs) + 100;
    await db
      .table('blocks')
      .bulkPut([0, 1].map((n) => ({ seg: orphan, n, terms: ['卢建'], offs: [0], data: Uint8Array.of(1), sum: 0 })));
    expect(await mergeSegments(db)).toBe(false);
    expect(await db.table('blocks').where('[seg+n]').between([orphan, 0], [orphan, Infinity]).count()).toBe(0);
    expect(await db.table('blocks').count()).toBe(listed);
    await expectAgrees();
  });

  it('rebuilds when the tokenizer changed, answering from a scan until it is done', async () => {
    for (let i = 0; i < 5; i++) await saveDraft(db, draft(i));
    await db.table('indexState').update('state', { tokenizer: -1 });
    expect((await indexMatches(db, queryTokens('卢建军'))).state).toBe('indexing');
    await expectAgrees();
    await rebuildIndex(db);
    expect((await indexMatches(db, queryTokens('卢建军'))).state).toBe('ready');
    await expectAgrees();
  });

  it('a damaged block is noticed: search answers from the articles and the index is rebuilt', async () => {
    for (let i = 0; i < 3; i++) await saveDraft(db, draft(i));
    const [key] = (await db.table('blocks').toCollection().primaryKeys()) as [number, number][];
    await db.table('blocks').update(key!, { terms: ['damaged'] });
    await expectAgrees();
    await rebuildIndex(db);
    expect((await indexMatches(db, queryTokens('jane'))).state).toBe('ready');
    await expectAgrees();
  });

  it('a rebuild left unfinished resumes where it stopped', async () => {
    for (let i = 0; i < 4; i++) await saveDraft(db, draft(i));
    const first = ((await db.articles.toCollection().primaryKeys()) as string[]).sort()[0]!;
    // Pretend the popup closed mid-way through a rebuild: the index started over and reached only the first article.
    const { nextDoc } = (await db.table('indexState').get('state')) as IndexState;
    await db.transaction('rw', ['segments', 'blocks', 'dead', 'indexState'], async () => {
      await Promise.all(['segments', 'blocks', 'dead'].map((n) => db.table(n).clear()));
      await db.table('indexState').update('state', { rebuildAfter: '', rebuildFrom: nextDoc });
    });
    await db.articles.put((await db.articles.get(first))!);
    await db.table('indexState').update('state', { rebuildAfter: first });
    await expectAgrees();
    await rebuildIndex(db);
    // Each article indexed once more since the start, under a doc of the rebuild: the first not twice.
    const cards = (await db.cards.toArray()) as StoredCard[];
    expect(cards.every((c) => c.doc! >= nextDoc)).toBe(true);
    const segs = (await db.table('segments').toArray()) as SegmentRecord[];
    expect(segs.flatMap((s) => s.ids).sort()).toEqual(cards.map((c) => c.id).sort());
    await expectAgrees();
  });
});
