/** A Dexie liveQuery as a Preact hook: re-renders whenever the queried data changes, in any context. */
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';
import { useLatest } from './use-latest';

export interface LiveQueryOptions {
  /**
   * Show every read that completes (the newest begun wins), not only one no write overtook. Dexie drops a read
   * when a write lands meanwhile and reads again; under a stream of writes (a large import in another page) a
   * slow read, such as every card, is then never shown. Each read is one transaction, so what it shows is whole,
   * at most one write behind, and the read that follows replaces it.
   */
  everyRead?: boolean;
}

/**
 * `query` is read again whenever the data it read changes, and subscribed anew whenever it is a new function: pass
 * it through useCallback with what it reads (`useLiveQuery(useCallback(() => …, [db, id]), …)`), so the lint rule
 * checks that list and a render that changes none of it reads nothing again. `onError` hears a failed read (a
 * database that cannot open, a broken disk); without it the error is logged.
 */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  initial: T,
  onError: (e: unknown) => void = console.error,
  { everyRead = false }: LiveQueryOptions = {},
): T {
  const [value, setValue] = useState<T>(initial);
  const errorTo = useLatest(onError);
  // Subscribed as the render commits, not after the next frame is painted: a search's read starts at once (an
  // effect waits for the frame, ~16 ms, on every keystroke).
  useLayoutEffect(() => {
    let begun = 0;
    let shown = 0;
    let live = true;
    const read = everyRead
      ? async () => {
          const n = ++begun;
          const result = await query();
          if (live && n > shown) {
            shown = n;
            setValue(() => result);
          }
          return result;
        }
      : query;
    const sub = liveQuery(read).subscribe({ next: (v) => setValue(() => v), error: (e) => errorTo.current(e) });
    return () => {
      live = false;
      sub.unsubscribe();
    };
  }, [query, everyRead, errorTo]);
  return value;
}
