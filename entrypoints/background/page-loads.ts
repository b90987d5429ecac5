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
import { headlineLooks, readHeadline } from '../../utils/detection/headline-region';
import { DETECTOR_FILE } from '../../utils/platform/detector-registration';
import { extraSitesText } from '../../utils/platform/settings';
import { readSites, siteMatch } from '../../utils/sites/extra-sites';
import { afterHeadlineRead, badgeFor, planLoad, type LoadPlan, type SeenTab } from './badge';

/**
 * The badge text for a planned load, or null when the page could not be asked or the tab moved on. First a
 * function reads the text after the headline (a few string calls in the page; the regexes run here, compiled
 * once); only when that does not settle it is the walk (the detector file) injected.
 */
async function detect(tabId: number, plan: LoadPlan): Promise<string | null> {
  const target = { tabId, frameIds: [0] };
  // Both injections run now, not at document_idle, which a page whose HTML stalls never reaches (STILL_LOADING_MS).
  const injectImmediately = true;
  const label = t('badgeText');
  let looks = headlineLooks(plan.title);
  // A second read only when the page's <title> is not the tab's (it gave other looks); then the walk decides.
  for (let reads = 0; reads < 2; reads++) {
    const [read] = await browser.scripting
      .executeScript({
        target,
        injectImmediately,
        func: readHeadline,
        args: [looks.map(({ key, back, length }) => ({ key, back, length }))],
      })
      .catch(() => []);
    const next = afterHeadlineRead(read?.result, plan.url, looks, label, new Date());
    if (!next) return null;
    if ('badge' in next) return next.badge;
    if ('walk' in next) break;
    looks = next.readAgain;
  }
  const [res] = await browser.scripting
    .executeScript({ target, injectImmediately, files: [DETECTOR_FILE] })
    .catch(() => []);
  return badgeFor(res?.result, plan.url, label, new Date());
}

/** A host outside the suffixes: on the academic-domain list or the user's extra sites, and granted by the user. */
async function listedAndGranted(host: string): Promise<boolean> {
  const listed = isAcademicHost(host) || readSites(await extraSitesText.getValue()).includes(host);
  return listed && browser.permissions.contains({ origins: [siteMatch(host)] });
}

/** Detect and badge a tab; the verdict's badge text, or null when nothing was asked or set. */
async function onLoaded(db: () => ClipsDb, tabId: number, tab: SeenTab): Promise<string | null> {
  const plan = planLoad(tab);
  if (!plan || (plan.needsGrant && !(await listedAndGranted(plan.host)))) return null;
  const text = plan.settled ? '' : await detect(tabId, plan);
  if (text === null) return null;
  // A page already in the collection shows ✓ instead of the verdict; nothing is set once the tab has moved on.
  if ((await browser.tabs.get(tabId).catch(() => null))?.url !== plan.url) return null;
  await showSaved(db(), tabId, plan.url, text);
  return text;
}

/**
 * How long a page may go on loading before it is detected all the same: a stalled image, font or tracker (blocked
 * third-party hosts hold many campus pages' load for tens of seconds) must not keep the badge off an article whose
 * text is long since there. The injections do not wait for document_idle either: a synchronous script that never
 * answers, or a body that stalls part-way, keeps the document loading with its article on screen, and the detector
 * then reads what the document holds so far. A page not marked then is asked again when its load ends.
 */
const STILL_LOADING_MS = 4000;

/** Tabs detected while still loading → the address and its verdict, so that their load's end need not ask again. */
const detectedEarly = new Map<number, { url: string; text: string | null }>();

/**
 * Called at the background's top level, so a load wakes a sleeping service worker or event page. A load completing
 * covers first loads, reloads and pages restored from the back/forward cache; an address change on a page already
 * complete is a single-page site's navigation (Chromium reports those as loading → complete, Firefox as the url).
 * A load still going after STILL_LOADING_MS is detected then, once.
 */
export function watchPageLoads(db: () => ClipsDb): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') {
      detectedEarly.delete(tabId);
      // Only where the address is ours to see (a host we may run on): other sites get no timer.
      if (tab.url && planLoad(tab)) setTimeout(() => void detectIfStillLoading(db, tabId, tab.url!), STILL_LOADING_MS);
      return;
    }
    if (change.status !== 'complete' && !(change.url && tab.status === 'complete')) return;
    void onLoadEnd(db, tabId, tab, change.status === 'complete').catch((e) => console.error('detection on load', e));
  });
  browser.tabs.onRemoved.addListener((tabId) => detectedEarly.delete(tabId));
}

/** A load's end: detected, unless it was marked while loading (an unmarked page may have built its article since). */
async function onLoadEnd(db: () => ClipsDb, tabId: number, tab: SeenTab, complete: boolean): Promise<void> {
  const early = detectedEarly.get(tabId);
  if (complete && early && early.url === tab.url && early.text) return;
  await onLoaded(db, tabId, tab);
}

async function detectIfStillLoading(db: () => ClipsDb, tabId: number, url: string): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab || tab.status !== 'loading' || tab.url !== url || detectedEarly.has(tabId)) return;
  detectedEarly.set(tabId, { url, text: null });
  const text = await onLoaded(db, tabId, tab).catch((e) => void console.error('detection while loading', e));
  if (detectedEarly.get(tabId)?.url === url) detectedEarly.set(tabId, { url, text: text ?? null });
}
