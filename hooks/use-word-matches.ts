/**
 * The articles matching a query's words, live, as a Preact hook; `pending` until this query's answer is in, and
 * meanwhile `checking`: the ids a long confirmation of its names or phrases has confirmed so far.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { wordMatches } from '../utils/collection/query';
import type { Card } from '../utils/collection/card';
import type { ClipsDb } from '../utils/collection/db';
import { queryPhrases, queryTokens } from '../utils/collection/search-words';
import { useLatest } from './use-latest';
import { useLiveQuery } from './use-live-query';

/**
 * What a query asks the index (wordMatches reads no more of it): its tokens and its phrases, so typing a space or
 * changing case asks nothing new, while closing a quote ("climate project") does. Empty when it has no token.
 */
export function matchKey(query: string): string {
  const tokens = queryTokens(query);
  return tokens.length ? [...tokens, '\u0001', ...queryPhrases(query)].join('\u0000') : '';
}

export function useWordMatches(
  db: ClipsDb,
  query: string,
  onError?: (e: unknown) => void,
  /** The list's cards in memory, when it has them: they settle a name or phrase without reading cards. */
  cardOf?: (id: string) => Card | undefined,
): { words: Set<string> | null; pending: boolean; checking: ReadonlySet<string> | null } {
  const key = matchKey(query);
  // Read when the key changes, not for each keystroke: the text then is the current one, which asks the same.
  const text = useLatest(query);
  const cards = useLatest(cardOf);
  const [progress, setProgress] = useState<{ key: string; sure: ReadonlySet<string> } | null>(null);
  // Each read stops the one before (a newer query, or this one read again after a write): its answer is not wanted.
  const run = useRef<AbortController | null>(null);
  useEffect(() => () => run.current?.abort(), []);
  const answer = useLiveQuery(
    useCallback(async () => {
      run.current?.abort();
      const ctl = (run.current = new AbortController());
      setProgress(null);
      const onProgress = (sure: ReadonlySet<string>) => void (!ctl.signal.aborted && setProgress({ key, sure }));
      const opts = { cardOf: cards.current, signal: ctl.signal, onProgress };
      return { key, words: key ? await wordMatches(db, text.current, opts) : null };
    }, [db, key, text, cards]),
    null as { key: string; words: Set<string> | null } | null,
    onError,
    // Search answers during an import too (see useLiveQuery).
    { everyRead: true },
  );
  if (!key) return { words: null, pending: false, checking: null };
  if (answer?.key === key) return { words: answer.words, pending: false, checking: null };
  return { words: null, pending: true, checking: progress?.key === key ? progress.sure : null };
}
