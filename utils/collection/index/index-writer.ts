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
import { buildSegment } from './segment';
import { freshState, INDEX_TABLES, STATE_KEY, type DocRow, type IndexState } from './index-tables';

const SOURCE = 'articles';

/** Terms of articles tokenised before their transaction opened (tokenizeAhead); others are tokenised here. */
const ahead = new WeakMap<object, string[]>();

/**
 * Tokenise articles now, before the transaction that writes them opens: the write then only builds the segment.
 * Returns the same objects (put exactly these).
 */
export function tokenizeAhead<T extends Article>(rows: T[]): T[] {
  for (const r of rows) ahead.set(r, wordsOf(r));
  return rows;
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
      gone = (await t('docs').getMany({ trans, keys: [...byId.keys()] })).filter(Boolean);
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
      const docs = added.map((a) => ({ doc: state.nextDoc++, id: a.id, terms: ahead.get(a) ?? wordsOf(a) }));
      const { meta, blocks } = buildSegment(state.nextSeg++, 0, docs);
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
