/**
 * Every card in memory, sorted in the list's order, as a Preact hook (utils/collection/card-set.ts): a change
 * merges the cards it wrote into the sorted list instead of reading and sorting every card again.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Card } from '../utils/collection/card';
import { watchCards, type CardWatch } from '../utils/collection/card-set';
import type { ClipsDb } from '../utils/collection/db';
import { mergeCards, sortCards, type SortOrder } from '../utils/collection/query';
import { useLatest } from './use-latest';

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
  // The current onError, without watching (reading every card) again when the caller passes a new one.
  const errorTo = useLatest(onError);
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
      (e) => errorTo.current(e),
    );
    watch.current = w;
    return () => w.stop();
  }, [db, errorTo]);
  const cards = useMemo(
    () => (held && held.order !== order ? { byId: held.byId, sorted: sortCards(held.sorted, order) } : held),
    [held, order],
  );
  // One function for the hook's life: the list holds or lets go in a layout effect keyed by it.
  const hold = useCallback((on: boolean) => watch.current?.hold(on), []);
  return [cards, hold];
}
