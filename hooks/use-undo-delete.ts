/** Undo of a delete, offered right after it and again when the popup next opens while the trash is fresh. */
import { useEffect } from 'preact/hooks';
import type { StatusLineProps } from '../components/StatusLine';
import type { ClipsDb } from '../utils/collection/db';
import { writeFailedText } from '../utils/platform/failure-text';
import { pendingTrash, undoDelete } from '../utils/clip/trash';
import { t, tn } from '../utils/platform/i18n';
import { useLatest } from './use-latest';

/**
 * The status line's Undo button for a delete of `count` articles (`trashId`: that delete, not a later one made in
 * another window). While it is put back (seconds for a thousand) the line says so and its Undo cannot be pressed
 * again (it stays, so keyboard focus on it is not dropped before the articles are back in the list to take it);
 * then it says how many came back (merging with pages clipped again). A failure says so and offers Undo again: the
 * trash is kept.
 */
export function undoAction(
  db: ClipsDb,
  onStatus: (s: StatusLineProps) => void,
  count: number,
  trashId?: string,
): StatusLineProps['action'] {
  const action = {
    label: t('undo'),
    testId: 'undo',
    run: () => {
      onStatus({ text: tn('restoring', count), error: false, action: { ...action, busy: true } });
      void undoDelete(db, trashId).then(
        ({ restored, merged }) =>
          onStatus({
            // Nothing restored: another window's Undo (or this one's) took the trash first.
            text: restored ? tn(merged ? 'restoredMerged' : 'restored', restored) : t('undoNothing'),
            error: false,
          }),
        (e: unknown) => onStatus({ text: writeFailedText(e), error: true, action }),
      );
    },
  };
  return action;
}

/** On opening: a delete made a moment ago (in a popup since closed) is offered for Undo once more. */
export function useUndoDelete(db: ClipsDb, onStatus: (s: StatusLineProps) => void): void {
  // Asked once per database; told to the onStatus current when the answer (or the Undo's outcome) comes.
  const statusTo = useLatest(onStatus);
  useEffect(() => {
    const tell = (s: StatusLineProps) => statusTo.current(s);
    void pendingTrash().then((trash) => {
      if (!trash) return;
      const n = trash.articles.length;
      tell({ text: tn('deletedEarlier', n), error: false, action: undoAction(db, tell, n, trash.id) });
    });
  }, [db, statusTo]);
}
