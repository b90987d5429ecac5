/** The popup's column state: the page's column (if it is one), the followed columns and the New view's items. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { newFollow, type Follow, type InboxItem } from '../utils/columns/follow-model';
import { columnSettings, dismissInbox, listFollows, listInbox, saveFollows } from '../utils/columns/follow-store';
import type { TabColumn } from '../utils/columns/tab-column';
import { COLUMNS_MESSAGE } from '../utils/platform/protocol';

export interface Columns {
  /** The page's column when the popup was opened on one, else null. */
  column: TabColumn | null;
  follows: Follow[];
  inbox: InboxItem[];
  checking: boolean;
  follow: () => Promise<void>;
  /** Checks every followed column now; resolves to how many new items were found. */
  checkNow: () => Promise<number>;
  dismiss: (url: string) => Promise<void>;
}

async function readTab(tabId: number): Promise<TabColumn | null> {
  try {
    const [res] = await browser.scripting.executeScript({
      target: { tabId },
      injectImmediately: true,
      files: ['/column.js'],
    });
    return (res?.result as TabColumn | null | undefined) ?? null;
  } catch {
    return null; // a page the extension may not read: nothing to follow there
  }
}

export function useColumns(tabId: number | null): Columns {
  const [column, setColumn] = useState<TabColumn | null>(null);
  const [follows, setFollows] = useState<Follow[]>([]);
  const [inbox, setInbox] = useState<InboxItem[]>([]);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    if (tabId !== null) void readTab(tabId).then(setColumn);
  }, [tabId]);
  useEffect(() => {
    const load = async () => {
      setFollows(await listFollows());
      setInbox(await listInbox());
    };
    void load();
    const onChange = (_c: unknown, area: string) => void (area === 'local' && load());
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  const checkNow = async (all = true): Promise<number> => {
    setChecking(true);
    try {
      const r = (await browser.runtime.sendMessage({ type: COLUMNS_MESSAGE, all })) as { found?: number } | undefined;
      return r?.found ?? 0;
    } finally {
      setChecking(false);
    }
  };
  const follow = async () => {
    if (!column) return;
    const { intervalHours } = await columnSettings();
    // Due at once: the background checks it now (and learns its ETag), then on the schedule.
    await saveFollows([
      { ...newFollow(column.url, column, new Date(), intervalHours), nextCheckAt: new Date().toISOString() },
    ]);
    void checkNow(false);
  };
  return {
    column,
    follows,
    inbox,
    checking,
    follow,
    checkNow: () => checkNow(true),
    dismiss: (url) => dismissInbox([url]),
  };
}
