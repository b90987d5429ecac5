/**
 * Keeps the search index equal to the articles, whoever writes them: a Dexie DBCore middleware (like
 * cards-mirror.ts) that, in the same transaction as every put, add or delete of articles, tombstones the
 * articles' old integer doc ids and writes their new terms as one new immutable segment. A write that fails
 * therefore changes neither articles nor index. Tokenising is synchronous, so nothing but database requests
 * is awaited inside the transaction.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction, Middleware } from 'dexie';
import type { Article } from '../../model/article';
import { wordsOf } from '../stored-article';
import { buildSegment, fromPostings, Postings, type BlockRecord, type SegmentRecord } from './segment';
import { freshState, INDEX_TABLES, STATE_KEY, type DocRow, type IndexState } from './index-tables';

const SOURCE = 'articles';

/** Terms of articles tokenised before their transaction opened (prepareSegment); others are tokenised here. */
const ahead = new WeakMap<object, string[]>();

/** Articles about to be written that their writer checked, in the same transaction, are not in the collection. */
const absent = new WeakSet<object>();

/**
 * Mark articles as new to the collection (an import batch's additions, checked against every id in its
 * transaction): their write skips looking up doc ids to tombstone, one read per article. Used once.
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

/** Place a prepared segment: its docs get the next integer ids, in the order it was built. */
function place(p: Prepared, state: IndexState): { meta: SegmentRecord; blocks: BlockRecord[]; docs: DocRow[] } {
  const seg = state.nextSeg++;
  const base = state.nextDoc;
  state.nextDoc += p.ids.length;
  const docs = p.ids.map((id, i) => ({ id, doc: base + i }));
  const meta = { seg, level: 0, base, docs: docs.map((d) => d.doc), ids: p.ids, firsts: p.firsts };
  return { meta, blocks: p.blocks.map((b) => ({ ...b, seg })), docs };
}

/** The same terms for a copy of an article whose indexed fields did not change (e.g. a new id). */
export function sameTermsAs<T extends Article>(copy: T, original: Article): T {
  const terms = ahead.get(original);
  if (terms) ahead.set(copy, terms);
  return copy;
}

function indexed(down: DBCore): DBCore {
  // While versions before v4 upgrade, the index tables do not exist yet; v4's upgrade fills them.
  if (!down.schema.tables.some((t) => t.name === 'segments')) return down;
  // Index writes of one transaction run one after another: each reads and bumps the doc and segment counters.
  const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
  const t = (name: string) => down.table(name);

  async function indexWrite(req: DBCoreMutateRequest, res: DBCoreMutateResponse): Promise<void> {
    const trans = req.trans;
    let gone: DocRow[] = [];
    const added: Article[] = [];
    if (req.type === 'add' || req.type === 'put') {
      // Only the articles that were written (a bulkAdd may refuse some); the last value of an id wins.
      const byId = new Map<string, Article>();
      (req.values as Article[]).forEach((v, i) => i in res.failures || byId.set(v.id, v));
      added.push(...byId.values());
      const known = [...byId.keys()].filter((id) => !absent.delete(byId.get(id)!));
      gone = known.length ? (await t('docs').getMany({ trans, keys: known })).filter(Boolean) : [];
    } else if (req.type === 'delete') {
      gone = (await t('docs').getMany({ trans, keys: req.keys })).filter(Boolean);
    } else {
      const q = await t('docs').query({
        trans,
        values: true,
        query: { index: t('docs').schema.primaryKey, range: req.range },
      });
      gone = q.result as DocRow[];
    }
    if (!added.length && !gone.length) return;
    const state: IndexState = (await t('indexState').get({ trans, key: STATE_KEY })) ?? freshState();
    const writes: Promise<unknown>[] = [];
    if (gone.length) {
      writes.push(t('dead').mutate({ type: 'put', trans, values: gone.map((g) => ({ doc: g.doc })) }));
      if (req.type === 'delete' || req.type === 'deleteRange')
        writes.push(t('docs').mutate({ type: 'delete', trans, keys: gone.map((g) => g.id) }));
    }
    if (added.length) {
      const pre = preparedFor(added);
      // Used once: the same objects written again are indexed again, under new doc ids.
      if (pre) for (const a of added) prepared.delete(a);
      const { meta, blocks, docs } = pre
        ? place(pre, state)
        : (() => {
            const docs = added.map((a) => ({ doc: state.nextDoc++, id: a.id, terms: ahead.get(a) ?? wordsOf(a) }));
            return { ...buildSegment(state.nextSeg++, 0, docs), docs };
          })();
      writes.push(
        t('blocks').mutate({ type: 'put', trans, values: blocks }),
        t('segments').mutate({ type: 'put', trans, values: [meta] }),
        t('docs').mutate({ type: 'put', trans, values: docs.map(({ doc, id }) => ({ id, doc })) }),
      );
    }
    state.gen++;
    writes.push(t('indexState').mutate({ type: 'put', trans, values: [state] }));
    await Promise.all(writes);
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
        async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
          const res = await table.mutate(req);
          const run = (queues.get(req.trans) ?? Promise.resolve()).then(() => indexWrite(req, res));
          queues.set(
            req.trans,
            run.catch(() => undefined),
          );
          await run;
          return res;
        },
      };
    },
  };
}

export const indexMirror: Middleware<DBCore> = { stack: 'dbcore', name: 'SearchIndex', create: indexed };
