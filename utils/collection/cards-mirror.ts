/**
 * Keeps the `cards` table equal to the `articles` table, card for article, whoever writes: a Dexie DBCore
 * middleware mirrors every put, add and delete of an article in the same transaction. A write that fails
 * therefore leaves neither table changed, and no caller can forget the cards.
 */
import { RangeSet, type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type Middleware } from 'dexie';
import type { Article } from '../model/article';
import { toCard, type Card } from './card';
import { assignedDoc } from './index/index-tables';

const SOURCE = 'articles';

/** A card as stored: with its article's integer doc in the search index (v7; index-writer.ts reads it). */
export type StoredCard = Card & { doc?: number };

/** The card of an article being written, with the doc the index writer gave it. */
function cardOf(a: Article): StoredCard {
  const card: StoredCard = toCard(a);
  const doc = assignedDoc.get(a);
  if (doc !== undefined) card.doc = doc;
  return card;
}
const MIRROR = 'cards';

/**
 * The part of Dexie's change notice (its `storagemutated` event, sent to every page of the extension) that names the
 * cards a transaction wrote or deleted: Dexie's own part for the table says "everything" for a write of 50 or more,
 * so an open list would read every card again after each import batch (utils/collection/card-set.ts reads these).
 * A range (a deleteRange) is noted as such.
 */
export const changedCardsPart = (dbName: string) => `idb://${dbName}/${MIRROR}/:written`;

/**
 * The notice of cards written or deleted: one range from the least id to the greatest, with the ids themselves
 * beside it (`ids`, read by card-set.ts `keysOf`). Dexie copies and merges every part of every notice into each
 * live query's set of changes, in every open page, whatever that query watches: as a RangeSet of 2,000 single keys
 * that took an open popup ~0.45 s per 2,000 imported articles (a CPU profile of the import), as one range it is
 * a few objects and a flat array. `null` ids: a range of keys (a clear), which readers take as "everything".
 */
function notice(ids: readonly string[] | null, range?: RangeSet): RangeSet {
  if (!ids) return range ?? new RangeSet('', '\uffff');
  if (!ids.length) return Object.assign(new RangeSet(), { ids: [] });
  let lo = ids[0]!;
  let hi = lo;
  for (const id of ids) {
    if (id < lo) lo = id;
    if (id > hi) hi = id;
  }
  return Object.assign(new RangeSet(lo, hi), { ids: [...ids] });
}

function noteChanged(req: DBCoreMutateRequest, dbName: string, ids: readonly string[] | null, range?: RangeSet): void {
  const trans = req.trans as IDBTransaction & { mutatedParts?: Record<string, RangeSet> };
  const parts = (trans.mutatedParts ??= {});
  const part = changedCardsPart(dbName);
  const before = parts[part] as (RangeSet & { ids?: string[] }) | undefined;
  // Several writes in one transaction: their ids together, or a range when either was one.
  parts[part] = !before ? notice(ids, range) : before.ids && ids ? notice([...before.ids, ...ids]) : notice(null);
}

function mirrored(down: DBCore): DBCore {
  // While older versions upgrade, the cards table does not exist yet; v3's upgrade fills it then.
  if (!down.schema.tables.some((t) => t.name === MIRROR)) return down;
  return {
    ...down,
    // Every read-write transaction on articles also takes cards, so the mirror write is in it.
    transaction(stores, mode, options) {
      const more = mode === 'readwrite' && stores.includes(SOURCE) && !stores.includes(MIRROR);
      return down.transaction(more ? [...stores, MIRROR] : stores, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (name !== SOURCE) return table;
      const cards = down.table(MIRROR);
      return {
        ...table,
        async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
          const res = await table.mutate(req);
          if (req.type === 'add' || req.type === 'put') {
            // Only the articles that were written (a bulkAdd may refuse some).
            const values = (req.values as Article[]).filter((_, i) => !(i in res.failures)).map(cardOf);
            if (values.length) await cards.mutate({ type: 'put', trans: req.trans, values });
            noteChanged(
              req,
              down.schema.name,
              values.map((c) => c.id),
            );
          } else if (req.type === 'delete') {
            await cards.mutate({ type: 'delete', trans: req.trans, keys: req.keys });
            noteChanged(req, down.schema.name, req.keys as string[]);
          } else {
            await cards.mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
            noteChanged(req, down.schema.name, null, new RangeSet(req.range.lower ?? '', req.range.upper ?? '\uffff'));
          }
          return res;
        },
      };
    },
  };
}

export const cardsMirror: Middleware<DBCore> = { stack: 'dbcore', name: 'CardsMirror', create: mirrored };
