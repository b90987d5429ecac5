import { useCallback, useEffect, useRef } from 'preact/hooks';
import { useDeleteAll } from '../hooks/use-delete-all';
import { useLiveQuery } from '../hooks/use-live-query';
import type { ClipsDb } from '../utils/collection/db';
import { t, tn } from '../utils/platform/i18n';

export type DeleteAllPanelProps = {
  /** The collection. */
  db: ClipsDb;
};

/**
 * Delete everything, after a confirmation that offers a last-chance export: the export comes first, and only a
 * second, explicit "the file is saved: delete" deletes (the extension cannot see whether the download was kept).
 */
export function DeleteAllPanel({ db }: DeleteAllPanelProps) {
  const count = useLiveQuery(
    useCallback(() => db.articles.count(), [db]),
    0,
  );
  const { step, status, ask, cancel, exportFirst, remove } = useDeleteAll(db);
  // Each step replaces the buttons of the one before: focus follows to the new question (read out through its
  // label), or back to Delete all (the heading once nothing is left), never dropped to the page. Not on first paint.
  const dialog = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const shown = step.at === 'exporting' ? 'asking' : step.at === 'idle' && step.emptied ? 'emptied' : step.at;
  const painted = useRef(false);
  useEffect(() => {
    if (!painted.current) return void (painted.current = true);
    const target = shown === 'idle' ? button.current : shown === 'emptied' ? title.current : dialog.current;
    target?.focus();
  }, [shown]);
  const cancelButton = (
    <button type="button" data-testid="cancel-delete-all" onClick={cancel}>
      {t('cancel')}
    </button>
  );
  return (
    <section class="options" aria-labelledby="delete-all-title">
      <h2 id="delete-all-title" ref={title} tabIndex={-1}>
        {t('deleteAllTitle')}
      </h2>
      {step.at === 'idle' && (
        <button type="button" ref={button} data-testid="delete-all" disabled={!count} onClick={ask}>
          {t('deleteAll')}
        </button>
      )}
      {(step.at === 'asking' || step.at === 'exporting') && (
        <div role="alertdialog" aria-labelledby="delete-all-question" class="confirm" ref={dialog} tabIndex={-1}>
          <p id="delete-all-question">{tn('deleteAllQuestion', count)}</p>
          <button
            type="button"
            class="primary"
            data-testid="export-then-delete"
            aria-disabled={step.at === 'exporting'}
            onClick={() => void exportFirst()}
          >
            {t('exportThenDelete')}
          </button>
          <button
            type="button"
            data-testid="delete-without-export"
            aria-disabled={step.at === 'exporting'}
            onClick={() => void remove(null)}
          >
            {t('deleteWithoutExport')}
          </button>
          {cancelButton}
        </div>
      )}
      {step.at === 'exported' && (
        <div role="alertdialog" aria-labelledby="delete-all-saved" class="confirm" ref={dialog} tabIndex={-1}>
          <p id="delete-all-saved">{tn('deleteAllSavedQuestion', step.exported)}</p>
          {count !== step.exported && <p role="status">{t('deleteAllChanged')}</p>}
          {count === step.exported && (
            <button type="button" data-testid="confirm-delete-all" onClick={() => void remove(step.exported)}>
              {tn('deleteAllSaved', step.exported)}
            </button>
          )}
          <button type="button" class="primary" data-testid="export-again" onClick={() => void exportFirst()}>
            {t('exportAgain')}
          </button>
          {cancelButton}
        </div>
      )}
      {status && <p role="status">{status}</p>}
      {shown === 'emptied' && !count && <p role="status">{t('deletedAll')}</p>}
    </section>
  );
}
