/** The tab the popup acts on: `?tabId=N` when given (tests, the "open in tab" view), else the active tab. */
import { browser } from 'wxt/browser';

/** The `?tabId=N` of the page's address, read at once; null when absent. */
export function tabIdFromSearch(search: string): number | null {
  const fromUrl = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(fromUrl) && fromUrl > 0 ? fromUrl : null;
}

export async function targetTabId(search: string): Promise<number | null> {
  const fromUrl = tabIdFromSearch(search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
