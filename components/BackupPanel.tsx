import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ClipsDb } from '../utils/collection/db';
import { exportCollection } from '../utils/collection/export-collection';
import { t, tn } from '../utils/platform/i18n';
import { lastExportAt, needsBackup } from '../utils/platform/settings';
import { useLiveQuery } from '../hooks/use-live-query';

export type BackupPanelProps = {
  /** The collection. */
  db: ClipsDb;
  /** Other data actions shown beside Export (the options page's Import and its status). */
  children?: ComponentChildren;
};

/** Collection size, last export and storage durability, with a reminder to export a backup. */
export function BackupPanel({ db, children }: BackupPanelProps) {
  const count = useLiveQuery(
    useCallback(() => db.articles.count(), [db]),
    0,
  );
  const [last, setLast] = useState<string | null>(null);
  const [usage, setUsage] = useState<number | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    void lastExportAt.getValue().then(setLast);
    const unwatch = lastExportAt.watch(setLast);
    void navigator.storage?.estimate().then((e) => setUsage(e.usage ?? null));
    void navigator.storage?.persisted().then(setPersisted);
    return unwatch;
  }, []);
  const remind = needsBackup(count, last);
  return (
    <main class="options" data-testid="backup">
      <h1>{t('extName')}</h1>
      <dl>
        <dt>{t('collectionSize')}</dt>
        <dd data-testid="collection-size">
          {tn('countLabel', count)}
          {usage !== null && ` · ${(usage / 1024 / 1024).toFixed(1)} MB`}
        </dd>
        <dt>{t('lastExport')}</dt>
        <dd data-testid="last-export">{last ? new Date(last).toLocaleString() : t('never')}</dd>
        <dt>{t('durableStorage')}</dt>
        <dd>{persisted === null ? '…' : persisted ? t('yes') : t('no')}</dd>
      </dl>
      {remind && (
        <p class="status error" role="alert">
          {t('backupReminder')}
        </p>
      )}
      <button type="button" class="primary" onClick={() => exportCollection(db, document)}>
        {t('export')}
      </button>
      {children}
    </main>
  );
}
