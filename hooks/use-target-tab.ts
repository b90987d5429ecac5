/** The tab the popup acts on (its id from ?tabId= or the active tab) and, in the popup, that tab's address. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { targetTabId } from '../utils/platform/target-tab';

export function useTargetTabUrl(layout: 'popup' | 'tab'): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    // The page the popup was opened on, for the "already saved" mark.
    void targetTabId(location.search).then(async (id) => {
      if (id !== null && layout === 'popup') setUrl((await browser.tabs.get(id).catch(() => null))?.url ?? null);
    });
  }, []);
  return url;
}
