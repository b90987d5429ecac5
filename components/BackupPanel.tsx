import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { StatusLineProps } from './StatusLine';
import type { ClipsDb } from '../utils/collection/db';
import { exportCollection } from '../utils/collection/export-collection';
import { exportErrorText } from '../utils/clip/status-text';
import { ensureDurable, type Durability } from '../utils/platform/durable-storage';
import { t, tn } from '../utils/platform/i18n';
import { lastExportAt, needsBackup } from '../utils/platform/settings';
import { useLiveQuery } from '../hooks/use-live-query';

export type BackupPanelProps = {
  /** The collection. */
  db: ClipsDb;
  /** Other data actions shown beside Export (the options page's Import and its status). */
  children?: ComponentChildren;
  /** Report how an export went (its count, or why it failed) to the page's status line. */
  onStatus: (s: StatusLineProps) => void;
};

/** Collection size, last export and storage durability, with a reminder to export a backup. */
export function BackupPanel({ db, children, onStatus }: BackupPanelProps) {
  const count = useLiveQuery(
    useCallback(() => db.articles.count(), [db]),
    0,
  );
  const [last, setLast] = useState<string | null>(null);
  const [usage, setUsage] = useState<number | null>(null);
  const [durable, setDurable] = useState<Durability | null>(null);
  useEffect(() => {
    void lastExportAt.getValue().then(setLast);
    const unwatch = lastExportAt.watch(setLast);
    const storage = globalThis.navigator?.storage;
    void storage?.estimate().then((e) => setUsage(e.usage ?? null));
    // Asked here, once per visit and only while missing: the page where the user looks after their data.
    void ensureDurable({
      storage,
      hasUnlimited: () => browser.permissions.contains({ permissions: ['unlimitedStorage'] }),
    }).then(setDurable);
    return unwatch;
  }, []);
  const remind = needsBackup(count, last);
  const exportAll = async () => {
    try {
      onStatus({ text: tn('exported', await exportCollection(db, document)), error: false });
    } catch (e) {
      onStatus({ text: exportErrorText(e), error: true });
    }
  };
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
        <dd data-testid="durable">
          {durable === null ? '…' : t(durable === 'at-risk' ? 'durableAtRisk' : 'durableYes')}
        </dd>
      </dl>
      {remind && (
        <p class="status error" role="alert">
          {t('backupReminder')}
        </p>
      )}
      <button type="button" class="primary" data-testid="options-export" onClick={() => void exportAll()}>
        {t('export')}
      </button>
      {children}
    </main>
  );
}
