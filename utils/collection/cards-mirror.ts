/**
 * Keeps the `cards` table equal to the `articles` table, card for article, whoever writes: a Dexie DBCore
 * middleware mirrors every put, add and delete of an article in the same transaction. A write that fails
 * therefore leaves neither table changed, and no caller can forget the cards.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import type { Article } from '../model/article';
import { toCard } from './card';

const SOURCE = 'articles';
const MIRROR = 'cards';

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
            const values = (req.values as Article[]).filter((_, i) => !(i in res.failures)).map(toCard);
            if (values.length) await cards.mutate({ type: 'put', trans: req.trans, values });
          } else if (req.type === 'delete') {
            await cards.mutate({ type: 'delete', trans: req.trans, keys: req.keys });
          } else {
            await cards.mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
          }
          return res;
        },
      };
    },
  };
}

export const cardsMirror: Middleware<DBCore> = { stack: 'dbcore', name: 'CardsMirror', create: mirrored };
