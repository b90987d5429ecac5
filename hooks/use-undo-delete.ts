/** Undo of a delete, offered right after it and again when the popup next opens while the trash is fresh. */
import { useEffect } from 'preact/hooks';
import type { StatusLineProps } from '../components/StatusLine';
import type { ClipsDb } from '../utils/collection/db';
import { writeFailedText } from '../utils/platform/failure-text';
import { pendingTrash, undoDelete } from '../utils/clip/trash';
import { t, tn } from '../utils/platform/i18n';
import { useLatest } from './use-latest';

/** The status line's Undo button: restores the trash (merging with pages clipped again) and says so. */
export function undoAction(db: ClipsDb, onStatus: (s: StatusLineProps) => void): StatusLineProps['action'] {
  return {
    label: t('undo'),
    testId: 'undo',
    run: () =>
      void undoDelete(db).then(
        ({ restored, merged }) =>
          onStatus({ text: tn(merged ? 'restoredMerged' : 'restored', restored), error: false }),
        (e: unknown) => onStatus({ text: writeFailedText(e), error: true }),
      ),
  };
}

/** On opening: a delete made a moment ago (in a popup since closed) is offered for Undo once more. */
export function useUndoDelete(db: ClipsDb, onStatus: (s: StatusLineProps) => void): void {
  // Asked once per database; told to the onStatus current when the answer (or the Undo's outcome) comes.
  const statusTo = useLatest(onStatus);
  useEffect(() => {
    const tell = (s: StatusLineProps) => statusTo.current(s);
    void pendingTrash().then((trash) => {
      if (trash)
        tell({ text: tn('deletedEarlier', trash.articles.length), error: false, action: undoAction(db, tell) });
    });
  }, [db, statusTo]);
}
