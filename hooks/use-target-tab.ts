/**
 * The tab the popup acts on (its id from ?tabId= or the active tab), looked up when the popup opens so that
 * Clip can hand the job to the background at once, before a popup closed right after the click is gone.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { targetTabId } from '../utils/platform/target-tab';

export type TargetTab = { id: number | null; url: string | null; ready: boolean };

export function useTargetTab(layout: 'popup' | 'tab'): TargetTab {
  const [tab, setTab] = useState<TargetTab>({ id: null, url: null, ready: false });
  // Once: the layout comes from the page's address, which does not change (a late answer for another is dropped).
  useEffect(() => {
    let current = true;
    void targetTabId(location.search).then(async (id) => {
      // The page the popup was opened on, for the "already saved" mark.
      const url =
        id !== null && layout === 'popup' ? ((await browser.tabs.get(id).catch(() => null))?.url ?? null) : null;
      if (current) setTab({ id, url, ready: true });
    });
    return () => {
      current = false;
    };
  }, [layout]);
  return tab;
}
