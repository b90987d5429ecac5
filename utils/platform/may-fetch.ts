/**
 * Whether the extension may read an address: its host permissions (the academic hosts, sites the user added). Where
 * it may not, the browser blocks the answer to a fetch as if the site could not be reached, so ask first.
 */
import { browser } from 'wxt/browser';

export async function mayFetch(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }).catch(() => false);
}
