/**
 * The detector on the user's extra sites: registered for exactly the listed hosts whose permission is granted, and
 * kept in step whenever the list or the permissions change (from the options page, or the browser's own site
 * settings). A host that loses its permission or leaves the list loses the detector.
 */
import { browser } from 'wxt/browser';
import { extraSitesText } from '../platform/settings';
import { DETECTOR_FILE } from '../platform/detector-registration';
import { readSites, siteMatch } from './extra-sites';

const ID = 'detector-extra-sites';

/** The listed hosts' match patterns that the user has granted. */
export async function grantedSiteMatches(): Promise<string[]> {
  const hosts = readSites(await extraSitesText.getValue());
  const granted = await Promise.all(hosts.map((h) => browser.permissions.contains({ origins: [siteMatch(h)] })));
  return hosts.filter((_, i) => granted[i]).map(siteMatch);
}

async function apply(): Promise<string[]> {
  const matches = await grantedSiteMatches();
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
  if (current && JSON.stringify(current.matches ?? []) === JSON.stringify(matches)) return matches;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [ID] });
  if (!matches.length) return matches;
  const script = { id: ID, matches, js: [DETECTOR_FILE], runAt: 'document_idle' as const };
  // Firefox before 105 cannot persist a registration; the background page makes it again on every start.
  await browser.scripting
    .registerContentScripts([{ ...script, persistAcrossSessions: true }])
    .catch(() => browser.scripting.registerContentScripts([script]));
  return matches;
}

let queue: Promise<unknown> = Promise.resolve();

/** Bring the registration in line with the list and the permissions; calls run one after another. */
export function syncSiteRegistration(): Promise<string[]> {
  const next = queue.then(apply, apply);
  queue = next.catch(() => {});
  return next;
}

/** From the background's start on: the list or any permission changing re-syncs the registration. */
export function watchSiteRegistration(): void {
  const run = () => void syncSiteRegistration().catch((e) => console.error('extra-site registration', e));
  browser.permissions.onAdded.addListener(run);
  browser.permissions.onRemoved.addListener(run);
  browser.storage.onChanged.addListener((changes) => {
    if (Object.keys(changes).some((k) => k === 'extraSites' || k.startsWith('extraSites.'))) run();
  });
  run();
}
