/**
 * Keeps the search index equal to the articles, whoever writes them: a Dexie DBCore middleware (like
 * cards-mirror.ts) that, in the same transaction as every put, add or delete of articles, tombstones the
 * articles' old integer doc ids and writes their new terms as one new immutable segment. A write that fails
 * therefore changes neither articles nor index. Tokenising is synchronous, so nothing but database requests
 * is awaited inside the transaction. An article's current doc is on its card (v7): read before the write, given
 * before it for the cards mirror (below this middleware) to store.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction, Middleware } from 'dexie';
import type { Article } from '../../model/article';
import { wordsOf } from '../stored-article';
import { buildSegment, fromPostings, Postings, type BlockRecord, type SegmentRecord } from './segment';
import { assignedDoc, freshState, INDEX_TABLES, STATE_KEY, type DocRow, type IndexState } from './index-tables';
import type { StoredCard } from '../cards-mirror';

const SOURCE = 'articles';

/** Terms of articles tokenised before their transaction opened (prepareSegment); others are tokenised here. */
const ahead = new WeakMap<object, string[]>();

/** Articles about to be written that their writer checked, in the same transaction, are not in the collection. */
const absent = new WeakSet<object>();

/**
 * Mark articles as new to the collection (an import batch's additions, checked against every id in its
 * transaction): their write skips looking up doc ids to tombstone (on their cards), one read per article. Used once.
 */
export function markNew(rows: readonly object[]): void {
  for (const r of rows) absent.add(r);
}

/** Blocks built before their transaction (prepareSegment): postings 0…n−1 are `ids` in order. */
export interface Prepared {
  ids: string[];
  blocks: BlockRecord[];
  firsts: string[];
}
/** Each prepared article → its batch's prepared blocks; used once, when a write is exactly that batch. */
const prepared = new WeakMap<object, Prepared>();

/**
 * Build the segment of articles about to be written together (an import batch) now, outside the write's
 * transaction, which then only places it: takes the next doc and segment ids, and stores. Articles are
 * tokenised and posted a few at a time, awaiting `pause` in between (the page's thread is shared). If the write
 * turns out to be other articles (some unchanged, merged, or renamed), it builds its own as usual.
 */
export async function prepareSegment<T extends Article>(
  rows: T[],
  pause: () => Promise<void> = async () => {},
  few = 25,
): Promise<T[]> {
  const postings = new Postings();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const terms = ahead.get(r) ?? wordsOf(r);
    // Kept, in case the write is not exactly this batch and builds its own segment.
    ahead.set(r, terms);
    postings.add(i, terms);
    if ((i + 1) % few === 0) await pause();
  }
  return usePrepared(rows, blocksOf(rows, postings));
}

/** The blocks of posted articles (postings 0…n−1 in `rows` order), built in this thread or a worker. */
export function blocksOf(rows: readonly { id: string }[], postings: Postings): Prepared {
  const { meta, blocks } = fromPostings(0, 0, [], [], postings.map);
  return { ids: rows.map((r) => r.id), blocks, firsts: meta.firsts };
}

/** Register blocks prepared for exactly these articles (by prepareSegment or a worker), for their write. */
export function usePrepared<T extends Article>(rows: T[], p: Prepared): T[] {
  if (p.ids.length !== rows.length || rows.some((r, i) => r.id !== p.ids[i])) return rows;
  for (const r of rows) prepared.set(r, p);
  return rows;
}

/** The prepared segment of exactly these articles, in any order, or undefined. */
function preparedFor(added: readonly Article[]): Prepared | undefined {
  const p = added.length ? prepared.get(added[0]!) : undefined;
  return p && p.ids.length === added.length && added.every((a) => prepared.get(a) === p) ? p : undefined;
}

/** Place a prepared segment under docs base…base+n−1 (given before its write, in the order it was built). */
function place(p: Prepared, seg: number, base: number): { meta: SegmentRecord; blocks: BlockRecord[] } {
  const meta = { seg, level: 0, base, docs: p.ids.map((_, i) => base + i), ids: p.ids, firsts: p.firsts };
  return { meta, blocks: p.blocks.map((b) => ({ ...b, seg })) };
}

/** The docs on these cards (v7: an article's current doc is on its card; cards-mirror.ts). */
const docsOn = (cards: readonly (StoredCard | undefined)[]): DocRow[] =>
  cards.flatMap((c) => (c?.doc === undefined ? [] : [{ id: c.id, doc: c.doc }]));

/** The same terms for a copy of an article whose indexed fields did not change (e.g. a new id). */
export function sameTermsAs<T extends Article>(copy: T, original: Article): T {
  const terms = ahead.get(original);
  if (terms) ahead.set(copy, terms);
  return copy;
}

function indexed(down: DBCore): DBCore {
  // While versions before v4 upgrade, the index tables do not exist yet; v4's upgrade fills them. (The cards,
  // which hold each article's doc since v7, exist since v3.)
  if (!down.schema.tables.some((t) => t.name === 'segments')) return down;
  // Index writes of one transaction run one after another: each reads and bumps the doc and segment counters.
  const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
  const t = (name: string) => down.table(name);

  /**
   * Index one write of articles around it (`write` runs it): the docs the articles had are read from their cards
   * before the write replaces them; the new docs are given before it, for the cards mirror to store on the cards.
   */
  async function indexWrite(
    req: DBCoreMutateRequest,
    write: () => Promise<DBCoreMutateResponse>,
  ): Promise<DBCoreMutateResponse> {
    const trans = req.trans;
    const cards = t('cards');
    let gone: DocRow[] = [];
    // The last value of an id wins.
    const byId = new Map<string, Article>();
    const values = req.type === 'add' || req.type === 'put' ? (req.values as Article[]) : [];
    if (req.type === 'add' || req.type === 'put') {
      for (const v of values) byId.set(v.id, v);
      const known = [...byId.keys()].filter((id) => !absent.delete(byId.get(id)!));
      gone = known.length ? docsOn(await cards.getMany({ trans, keys: known })) : [];
    } else if (req.type === 'delete') {
      gone = docsOn(await cards.getMany({ trans, keys: req.keys }));
    } else {
      const q = await cards.query({ trans, values: true, query: { index: cards.schema.primaryKey, range: req.range } });
      gone = docsOn(q.result as StoredCard[]);
    }
    if (!byId.size && !gone.length) return write();
    const state: IndexState = (await t('indexState').get({ trans, key: STATE_KEY })) ?? freshState();
    const pre = preparedFor([...byId.values()]);
    // Used once: the same objects written again are indexed again, under new doc ids.
    if (pre) for (const a of byId.values()) prepared.delete(a);
    const base = state.nextDoc;
    const docOf = new Map((pre ? pre.ids : [...byId.keys()]).map((id, i) => [id, base + i]));
    state.nextDoc += docOf.size;
    for (const v of values) assignedDoc.set(v, docOf.get(v.id)!);
    const res = await write();
    // Only the articles that were written (a bulkAdd may refuse some); their old docs, and only theirs, go.
    const added: Article[] = [];
    if (byId.size) {
      const ok = new Map<string, Article>();
      values.forEach((v, i) => i in res.failures || ok.set(v.id, v));
      added.push(...ok.values());
      if (ok.size < byId.size) gone = gone.filter((g) => ok.has(g.id));
    }
    if (!added.length && !gone.length) return res;
    const writes: Promise<unknown>[] = [];
    if (gone.length) writes.push(t('dead').mutate({ type: 'put', trans, values: gone.map((g) => ({ doc: g.doc })) }));
    if (added.length) {
      const seg = state.nextSeg++;
      const { meta, blocks } =
        pre && added.length === pre.ids.length
          ? place(pre, seg, base)
          : buildSegment(
              seg,
              0,
              added.map((a) => ({ doc: docOf.get(a.id)!, id: a.id, terms: ahead.get(a) ?? wordsOf(a) })),
            );
      writes.push(
        t('blocks').mutate({ type: 'put', trans, values: blocks }),
        t('segments').mutate({ type: 'put', trans, values: [meta] }),
      );
    }
    state.gen++;
    writes.push(t('indexState').mutate({ type: 'put', trans, values: [state] }));
    await Promise.all(writes);
    return res;
  }

  return {
    ...down,
    // Every read-write transaction on articles also takes the index tables, so the index write is in it.
    transaction(stores, mode, options) {
      const missing =
        mode === 'readwrite' && stores.includes(SOURCE) ? INDEX_TABLES.filter((n) => !stores.includes(n)) : [];
      return down.transaction(missing.length ? [...stores, ...missing] : stores, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (name !== SOURCE) return table;
      return {
        ...table,
        mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
          const run = (queues.get(req.trans) ?? Promise.resolve()).then(() => indexWrite(req, () => table.mutate(req)));
          queues.set(
            req.trans,
            run.catch(() => undefined),
          );
          return run;
        },
      };
    },
  };
}

export const indexMirror: Middleware<DBCore> = { stack: 'dbcore', name: 'SearchIndex', create: indexed };
