import { useCallback, useState } from 'preact/hooks';
import { useLiveQuery } from '../hooks/use-live-query';
import type { ClipsDb } from '../utils/collection/db';
import { deleteAll } from '../utils/collection/delete-all';
import { exportCollection } from '../utils/collection/export-collection';
import { t, tn } from '../utils/platform/i18n';

export type DeleteAllPanelProps = {
  /** The collection. */
  db: ClipsDb;
};

/** Delete everything, after a confirmation that offers a last-chance export. */
export function DeleteAllPanel({ db }: DeleteAllPanelProps) {
  const count = useLiveQuery(
    useCallback(() => db.articles.count(), [db]),
    0,
  );
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState('');
  const run = async (exportFirst: boolean) => {
    setAsking(false);
    try {
      if (exportFirst) await exportCollection(db, document);
      await deleteAll(db);
      setStatus(t('deletedAll'));
    } catch (e) {
      setStatus(t('deleteAllFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <section class="options" aria-labelledby="delete-all-title">
      <h2 id="delete-all-title">{t('deleteAllTitle')}</h2>
      {!asking ? (
        <button type="button" data-testid="delete-all" disabled={!count} onClick={() => setAsking(true)}>
          {t('deleteAll')}
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="delete-all-question" class="confirm">
          <p id="delete-all-question">{tn('deleteAllQuestion', count)}</p>
          <button type="button" class="primary" data-testid="export-then-delete" onClick={() => void run(true)}>
            {t('exportThenDelete')}
          </button>
          <button type="button" data-testid="delete-without-export" onClick={() => void run(false)}>
            {t('deleteWithoutExport')}
          </button>
          <button type="button" data-testid="cancel-delete-all" onClick={() => setAsking(false)}>
            {t('cancel')}
          </button>
        </div>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
