/**
 * Detection on page load with no content script: when a tab finishes loading on a host the detector may run on,
 * the background reads what it can off the tab (address, <title>) and only then injects the detector, whose
 * verdict comes back as the injection's value. The page runs nothing of ours on other loads, and never hears a
 * message (issue #16). Host permissions reveal tab.url and tab.title for our hosts, so no `tabs` permission.
 */
import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';
import { showSaved } from '../../utils/platform/saved-badge';
import type { ClipsDb } from '../../utils/collection/db';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { DETECTOR_FILE } from '../../utils/platform/detector-registration';
import { extraSitesText } from '../../utils/platform/settings';
import { readSites, siteMatch } from '../../utils/sites/extra-sites';
import { badgeFor, planLoad, type LoadPlan, type SeenTab } from './badge';

/**
 * The badge text for a planned load, or null when the page could not be asked or the tab moved on. One injection
 * reads the text after the headline, walks the page and reads its metadata; the quick verdict and the walk are
 * judged here, the regexes compiled once.
 */
async function detect(tabId: number, plan: LoadPlan): Promise<string | null> {
  const target = { tabId, frameIds: [0] };
  const [res] = await browser.scripting.executeScript({ target, files: [DETECTOR_FILE] }).catch(() => []);
  return badgeFor(res?.result, plan.url, t('badgeText'), new Date());
}

/** A host outside the suffixes: on the academic-domain list or the user's extra sites, and granted by the user. */
async function listedAndGranted(host: string): Promise<boolean> {
  const listed = isAcademicHost(host) || readSites(await extraSitesText.getValue()).includes(host);
  return listed && browser.permissions.contains({ origins: [siteMatch(host)] });
}

async function onLoaded(db: () => ClipsDb, tabId: number, tab: SeenTab): Promise<void> {
  const plan = planLoad(tab);
  if (!plan || (plan.needsGrant && !(await listedAndGranted(plan.host)))) return;
  const text = plan.settled ? '' : await detect(tabId, plan);
  if (text === null) return;
  // A page already in the collection shows ✓ instead of the verdict; nothing is set once the tab has moved on.
  if ((await browser.tabs.get(tabId).catch(() => null))?.url !== plan.url) return;
  await showSaved(db(), tabId, plan.url, text);
}

/**
 * Called at the background's top level, so a load wakes a sleeping service worker or event page. A load completing
 * covers first loads, reloads and pages restored from the back/forward cache; an address change on a page already
 * complete is a single-page site's navigation (Chromium reports those as loading → complete, Firefox as the url).
 */
export function watchPageLoads(db: () => ClipsDb): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' && !(change.url && tab.status === 'complete')) return;
    onLoaded(db, tabId, tab).catch((e) => console.error('detection on load', e));
  });
}
