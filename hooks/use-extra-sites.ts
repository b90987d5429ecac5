/**
 * The options page's control of extra sites: add one (its host permission asked for from the click), remove one
 * (its permission given back), and whether each is granted. The background registers the detector to match
 * (utils/sites/site-registration.ts), so the page only changes the list and the permissions.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../utils/platform/i18n';
import { extraSitesText } from '../utils/platform/settings';
import { savedWhereText } from '../utils/platform/saved-where-text';
import { parseSite, readSites, siteMatch, writeSites, type SiteRefusal } from '../utils/sites/extra-sites';

type Registration = typeof import('../utils/platform/detector-registration');

export type SiteStatus = { text: string; error: boolean };
export type ExtraSite = { host: string; granted: boolean };

const REFUSAL: Record<SiteRefusal, MessageKey> = {
  empty: 'sitesErrorEmpty',
  'not-http': 'sitesErrorNotHttp',
  invalid: 'sitesErrorInvalid',
  'built-in': 'sitesErrorBuiltIn',
  'already-added': 'sitesErrorAlreadyAdded',
};

const SITES_KEYS = { synced: 'sitesSynced', tooBig: 'sitesLocalTooBig', syncFailed: 'sitesLocalSyncFailed' } as const;

const errorText = (e: unknown) => (e as Error)?.message ?? String(e);

export function useExtraSites() {
  const [sites, setSites] = useState<ExtraSite[]>([]);
  const [status, setStatus] = useState<SiteStatus | null>(null);
  // Hosts the academic-domain list already covers, once the user has turned it on (the list loads after paint).
  const [covered, setCovered] = useState<{ test: (host: string) => boolean; on: boolean }>({
    test: () => false,
    on: false,
  });
  const [registration, setRegistration] = useState<Registration | null>(null);

  const load = async () => {
    const hosts = readSites(await extraSitesText.getValue());
    const granted = await Promise.all(hosts.map((h) => browser.permissions.contains({ origins: [siteMatch(h)] })));
    setSites(hosts.map((host, i) => ({ host, granted: granted[i]! })));
    const [registration, academic] = await Promise.all([
      import('../utils/platform/detector-registration'),
      import('../utils/detection/academic-hosts'),
    ]);
    setRegistration(registration);
    const on = await registration.allUniversitiesGranted().catch(() => false);
    setCovered({ test: on ? academic.isAcademicHost : () => false, on });
  };

  useEffect(() => {
    void load();
    const reload = () => void load();
    // The browser's own site settings can take a permission back while this page is open.
    browser.permissions.onAdded.addListener(reload);
    browser.permissions.onRemoved.addListener(reload);
    browser.storage.onChanged.addListener(reload);
    return () => {
      browser.permissions.onAdded.removeListener(reload);
      browser.permissions.onRemoved.removeListener(reload);
      browser.storage.onChanged.removeListener(reload);
    };
  }, []);

  const hosts = sites.map((s) => s.host);

  /** Add what the user typed; true when it was added (the input can be cleared). Call straight from the click. */
  const add = async (input: string): Promise<boolean> => {
    const parsed = parseSite(input, hosts, covered.test);
    if (!parsed.ok) {
      setStatus({ text: t(REFUSAL[parsed.reason], input.trim()), error: true });
      return false;
    }
    const { host } = parsed;
    // The first await: browsers show a permission prompt only within the click's user gesture.
    const granted = await browser.permissions.request({ origins: [siteMatch(host)] }).catch(() => false);
    if (!granted) {
      setStatus({ text: t('sitesDenied', host), error: true });
      return false;
    }
    const text = writeSites([...hosts, host]);
    try {
      const where = await extraSitesText.setValue(text);
      const note = where.where === 'sync' ? '' : ` ${savedWhereText(where, text, SITES_KEYS).text}`;
      setStatus({
        text: t('sitesAdded', host) + note,
        error: where.where === 'local' && where.reason === 'sync-failed',
      });
    } catch (e) {
      // Not on the list, so no permission either: nothing half-done is left behind.
      await browser.permissions.remove({ origins: [siteMatch(host)] }).catch(() => false);
      setStatus({ text: t('sitesSaveFailed', errorText(e)), error: true });
      return false;
    }
    await load();
    return true;
  };

  /** Take a site off the list and give its permission back: detection stops there. */
  const remove = async (host: string): Promise<void> => {
    try {
      await extraSitesText.setValue(writeSites(hosts.filter((h) => h !== host)));
    } catch (e) {
      setStatus({ text: t('sitesSaveFailed', errorText(e)), error: true });
      return;
    }
    await browser.permissions.remove({ origins: [siteMatch(host)] }).catch(() => false);
    setStatus({ text: t('sitesRemoved', host), error: false });
    await load();
  };

  /** Ask again for a listed site whose permission was taken back (straight from the click). */
  const grant = async (host: string): Promise<void> => {
    await browser.permissions.request({ origins: [siteMatch(host)] }).catch(() => false);
    await load();
  };

  /** Turn on detection on every listed university (straight from the click; the list is loaded by then). */
  const enableAcademicList = async (): Promise<void> => {
    if (!registration) return;
    await browser.permissions.request(registration.allUniversitiesPermission()).catch(() => false);
    await load();
  };

  return { sites, status, academicListOn: covered.on, add, remove, grant, enableAcademicList };
}
