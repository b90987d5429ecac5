/** The toolbar icon says when the page is already in the collection, not only that it is an article. */
import { browser } from 'wxt/browser';
import type { ClipsDb } from '../collection/db';
import { findSame } from '../collection/same-article';
import { t } from './i18n';

/** The badge mark of a saved page (a check mark reads the same in every language). */
export const SAVED_MARK = '✓';

/** The badge for a tab: saved → ✓, else the detector's verdict (the NEWS label or nothing). */
export function badgeText(saved: boolean, detected: string): string {
  return saved ? SAVED_MARK : detected;
}

export async function showSaved(db: ClipsDb, tabId: number, url: string | undefined, detected: string): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const saved = !!url && /^https?:/.test(url) && !!(await findSame(db, url, null).catch(() => undefined));
  await action.setBadgeText({ tabId, text: badgeText(saved, detected) }).catch(() => {});
  if (saved) await action.setTitle({ tabId, title: t('badgeSavedTitle') }).catch(() => {});
}
