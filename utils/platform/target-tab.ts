/** The tab the popup acts on: `?tabId=N` when given (tests, the "open in tab" view), else the active tab. */
import { browser } from 'wxt/browser';

export async function targetTabId(search: string): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
