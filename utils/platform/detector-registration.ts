/**
 * The detector on universities outside the academic suffixes: once the user grants the optional host permission
 * for the academic-domain list (from the popup), the background registers the detector for exactly those hosts;
 * if any of it is taken back, the registration goes too. Nothing runs on other sites.
 *
 * Chromium takes seconds to check or register ~19,000 match patterns, so the full list is handled only when the
 * permission changes or the extension is installed or updated (the registration persists across sessions), and
 * "is it granted?" is asked of two listed hosts: the permission is granted all at once, from one prompt.
 */
import { browser } from 'wxt/browser';
import { academicMatches } from '../detection/academic-hosts';

const ID = 'detector-academic-list';
/** The built detector (entrypoints/detector.ts, an unlisted script). */
export const DETECTOR_FILE = 'detector.js';

/** The optional permission the popup asks for: every listed university host. */
export function allUniversitiesPermission(): { origins: string[] } {
  return { origins: academicMatches() };
}

/** Whether the user has granted it (the popup shows its button until then). */
export async function allUniversitiesGranted(): Promise<boolean> {
  const all = academicMatches();
  return browser.permissions.contains({ origins: [all[0]!, all.at(-1)!] });
}

async function registered(): Promise<boolean> {
  return (await browser.scripting.getRegisteredContentScripts({ ids: [ID] })).length > 0;
}

/** Register the detector on every listed host (again, so an updated list takes effect). */
export async function registerDetector(): Promise<void> {
  if (await registered()) await browser.scripting.unregisterContentScripts({ ids: [ID] });
  const script = { id: ID, matches: academicMatches(), js: [DETECTOR_FILE], runAt: 'document_idle' as const };
  // Firefox before 105 cannot persist a registration; its background page registers on every start instead.
  await browser.scripting
    .registerContentScripts([{ ...script, persistAcrossSessions: true }])
    .catch(() => browser.scripting.registerContentScripts([script]));
}

export async function unregisterDetector(): Promise<void> {
  if (await registered()) await browser.scripting.unregisterContentScripts({ ids: [ID] });
}

/** Keep the registration in step with the permission, from the background's start on. */
export function watchDetectorRegistration(): void {
  const fail = (e: unknown) => console.error('detector registration', e);
  const listed = (origins: string[] = []) => {
    const all = new Set(academicMatches());
    return origins.some((o) => all.has(o));
  };
  browser.permissions.onAdded.addListener((p) => void (listed(p.origins) && registerDetector().catch(fail)));
  browser.permissions.onRemoved.addListener((p) => void (listed(p.origins) && unregisterDetector().catch(fail)));
  const sync = async () => ((await allUniversitiesGranted()) ? registerDetector() : unregisterDetector());
  browser.runtime.onInstalled.addListener(() => void sync().catch(fail));
  // A registration that did not persist (older Firefox) is made again when the background starts.
  void (async () => {
    if (!(await registered()) && (await allUniversitiesGranted())) await registerDetector();
  })().catch(fail);
}
