/**
 * Every card in memory, sorted in the list's order, as a Preact hook (utils/collection/card-set.ts): a change
 * merges the cards it wrote into the sorted list instead of reading and sorting every card again.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Card } from '../utils/collection/card';
import { watchCards, type CardWatch } from '../utils/collection/card-set';
import type { ClipsDb } from '../utils/collection/db';
import { mergeCards, sortCards, type SortOrder } from '../utils/collection/query';

export interface AllCards {
  /** Every card, by id. */
  byId: ReadonlyMap<string, Card>;
  /** Every card, in the order asked for. */
  sorted: Card[];
}

interface Held extends AllCards {
  order: SortOrder;
}

/**
 * Every card (null until read) and `hold`: keep the first read waiting between pages (true) or let it go on (false),
 * so a search typed meanwhile answers first.
 */
export function useAllCards(
  db: ClipsDb,
  order: SortOrder,
  onError: (e: unknown) => void,
): [AllCards | null, (on: boolean) => void] {
  const [held, setHeld] = useState<Held | null>(null);
  const orderNow = useRef(order);
  orderNow.current = order;
  const watch = useRef<CardWatch | null>(null);
  useEffect(() => {
    const w = watchCards(
      db,
      ({ all, delta }) =>
        setHeld((prev) => {
          const o = orderNow.current;
          const sorted =
            delta && prev && prev.order === o
              ? mergeCards(prev.sorted, delta.written, delta.removed, o)
              : sortCards([...all.values()], o);
          return { byId: all, sorted, order: o };
        }),
      onError,
    );
    watch.current = w;
    return () => w.stop();
  }, [db]);
  const cards = useMemo(
    () => (held && held.order !== order ? { byId: held.byId, sorted: sortCards(held.sorted, order) } : held),
    [held, order],
  );
  return [cards, (on) => watch.current?.hold(on)];
}
