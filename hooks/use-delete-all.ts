/**
 * Delete all, in steps the user takes one at a time: ask; export (the browser only starts a download, and without
 * the `downloads` permission the extension cannot see whether the file was saved, so it never deletes in the same
 * click); then delete only when the user says the file is saved, and only if the collection is still what the file
 * holds (a clip or import that landed meanwhile is not in it).
 */
import { useState } from 'preact/hooks';
import type { ClipsDb } from '../utils/collection/db';
import { deleteAll } from '../utils/collection/delete-all';
import { exportCollection } from '../utils/collection/export-collection';
import { exportErrorText } from '../utils/clip/status-text';
import { t } from '../utils/platform/i18n';

/**
 * Where the panel is: the button (`emptied` right after a delete), the question, an export being made, or a file
 * offered (`exported` articles).
 */
export type DeleteAllStep =
  { at: 'idle'; emptied?: boolean } | { at: 'asking' } | { at: 'exporting' } | { at: 'exported'; exported: number };

/** The collection no longer has the articles the export file holds. */
class Changed extends Error {}

export function useDeleteAll(db: ClipsDb) {
  const [step, setStep] = useState<DeleteAllStep>({ at: 'idle' });
  const [status, setStatus] = useState('');
  // While the file is being made, its buttons stay focusable (aria-disabled) and do nothing.
  const busy = step.at === 'exporting';
  const exportFirst = async () => {
    if (busy) return;
    setStep({ at: 'exporting' });
    setStatus('');
    try {
      setStep({ at: 'exported', exported: await exportCollection(db, document) });
    } catch (e) {
      setStep({ at: 'asking' });
      setStatus(exportErrorText(e));
    }
  };
  /** Deletes everything if the collection still holds `expected` articles (null: no export was asked for). */
  const remove = async (expected: number | null) => {
    if (busy) return;
    try {
      await db.transaction('rw', db.tables, async () => {
        if (expected !== null && (await db.articles.count()) !== expected) throw new Changed();
        await deleteAll(db);
      });
      // "The collection is empty." is the panel's to say, while the live count is 0 (an import may follow).
      setStep({ at: 'idle', emptied: true });
      setStatus('');
    } catch (e) {
      // The dialog says so as the live count changes; the question stays, with Export again.
      if (e instanceof Changed) return;
      setStep({ at: 'idle' });
      setStatus(t('deleteAllFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  return {
    step,
    status,
    ask: () => (setStep({ at: 'asking' }), setStatus('')),
    cancel: () => setStep({ at: 'idle' }),
    exportFirst,
    remove,
  };
}
