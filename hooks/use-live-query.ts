/** A Dexie liveQuery as a Preact hook: re-renders whenever the queried data changes, in any context. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** `onError` hears a failed read (a database that cannot open, a broken disk); without it the error is logged. */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: unknown[],
  initial: T,
  onError: (e: unknown) => void = console.error,
): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: onError });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
