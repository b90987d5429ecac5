/**
 * The options page's tag manager: every tag with its article count (live, from the `tags` index), sorted for the UI
 * language; rename (onto an existing tag: merge) and remove across the collection, each with an Undo that lasts
 * while the page is open. A failed write is told in plain words; the collection is unchanged (one transaction).
 */
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from './use-live-query';
import type { ClipsDb } from '../utils/collection/db';
import { isUnavailableError } from '../utils/collection/storage-errors';
import {
  removeTagEverywhere,
  renameTagEverywhere,
  tagCounts,
  undoTagChange,
  type TagChange,
} from '../utils/collection/tags-everywhere';
import { writeFailedText } from '../utils/platform/failure-text';
import { t, tn } from '../utils/platform/i18n';
import { uiOrder } from '../utils/platform/ui-order';

/** A tag and how many articles have it. */
export interface TagRow {
  tag: string;
  count: number;
}

/** What the section says: the outcome of the last action, and the change its Undo reverses (none once undone). */
export interface TagStatus {
  text: string;
  error: boolean;
  undo?: TagChange;
}

/** What a change did, in words. */
export function changeText(c: TagChange): string {
  const n = c.edits.length;
  if (c.to === null) return tn('tagRemovedEverywhere', n, c.from);
  return tn(c.merged ? 'tagMerged' : 'tagRenamed', n, c.from, c.to);
}

const failedText = (e: unknown) => (isUnavailableError(e) ? t('dbUnavailable') : writeFailedText(e));

export function useTagManager(db: ClipsDb) {
  const [status, setStatus] = useState<TagStatus | null>(null);
  const unreadable = useCallback(
    (e: unknown) => setStatus({ text: t('readFailed', e instanceof Error ? e.message : String(e)), error: true }),
    [],
  );
  const counts = useLiveQuery(
    useCallback(() => tagCounts(db), [db]),
    null,
    unreadable,
  );
  const rows = useMemo<TagRow[] | null>(() => {
    if (!counts) return null;
    return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => uiOrder(a.tag, b.tag));
  }, [counts]);
  // One write at a time (a ref: a second click before the next render sees the first).
  const busy = useRef(false);

  /** Runs one write at a time; returns its change, or null when it did nothing or failed (then said so). */
  const write = async (run: () => Promise<TagChange | null>): Promise<TagChange | null> => {
    if (busy.current) return null;
    busy.current = true;
    try {
      const change = await run();
      if (change?.edits.length) setStatus({ text: changeText(change), error: false, undo: change });
      return change?.edits.length ? change : null;
    } catch (e) {
      setStatus({ text: failedText(e), error: true });
      return null;
    } finally {
      busy.current = false;
    }
  };

  return {
    /** Every tag, sorted; null until first read. */
    rows,
    status,
    /** Rename `from` to `to` (trimmed) everywhere; empty or unchanged does nothing. */
    rename: (from: string, to: string) => write(() => renameTagEverywhere(db, from, to)),
    /** Remove `tag` from every article. */
    remove: (tag: string) => write(() => removeTagEverywhere(db, tag)),
    /** Reverse the last change; true when done. */
    undo: async (change: TagChange): Promise<boolean> => {
      if (busy.current) return false;
      busy.current = true;
      try {
        await undoTagChange(db, change);
        setStatus({ text: tn('tagChangeUndone', change.edits.length), error: false });
        return true;
      } catch (e) {
        // The Undo stays offered: nothing changed.
        setStatus({ text: failedText(e), error: true, undo: change });
        return false;
      } finally {
        busy.current = false;
      }
    },
  };
}
