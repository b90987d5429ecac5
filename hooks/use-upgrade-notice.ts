/** Tells the user when a database upgrade waits for other pages, and when this page let go for one. */
import { useEffect } from 'preact/hooks';
import type { Dexie } from 'dexie';
import type { StatusLineProps } from '../components/StatusLine';
import { upgradeWatch } from '../utils/platform/db-upgrade';
import { t } from '../utils/platform/i18n';

export function useUpgradeNotice(db: Dexie, onStatus: (s: StatusLineProps) => void): void {
  useEffect(() => {
    let waited = false;
    return upgradeWatch(db).subscribe((s) => {
      if (s === 'blocked') {
        waited = true;
        onStatus({ text: t('upgradeBlocked'), error: false });
      } else if (s === 'released') onStatus({ text: t('versionChanged'), error: true });
      else if (waited) onStatus({ text: '', error: false });
    });
  }, [db]);
}
