/** Tells the user when a database upgrade waits for other pages, and when this page let go for one. */
import { useEffect } from 'preact/hooks';
import type { Dexie } from 'dexie';
import type { StatusLineProps } from '../components/StatusLine';
import { upgradeWatch } from '../utils/platform/db-upgrade';
import { t } from '../utils/platform/i18n';
import { useLatest } from './use-latest';

export function useUpgradeNotice(db: Dexie, onStatus: (s: StatusLineProps) => void): void {
  // Watched once per database; each change is told to the onStatus current then.
  const statusTo = useLatest(onStatus);
  useEffect(() => {
    const tell = (s: StatusLineProps) => statusTo.current(s);
    let waited = false;
    return upgradeWatch(db).subscribe((s) => {
      if (s === 'blocked') {
        waited = true;
        tell({ text: t('upgradeBlocked'), error: false });
      } else if (s === 'released') tell({ text: t('versionChanged'), error: true });
      else if (waited) tell({ text: '', error: false });
    });
  }, [db, statusTo]);
}
