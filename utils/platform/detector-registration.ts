/**
 * The detector outside the academic suffixes: on the academic-domain list once the user grants its optional host
 * permission (from the popup or Options), and on the user's extra sites once each is granted. Nothing is registered
 * for it: the background injects the detector into a loaded tab whose host is listed and granted
 * (entrypoints/background/page-loads.ts), so taking a permission back stops it at once.
 */
import { browser } from 'wxt/browser';
import { academicMatches } from '../detection/academic-hosts';

/** The built detector (entrypoints/detector.ts, an unlisted script injected by the background). */
export const DETECTOR_FILE = '/detector.js';

/** The optional permission the popup asks for: every listed university host. */
export function allUniversitiesPermission(): { origins: string[] } {
  return { origins: academicMatches() };
}

/** Whether the user has granted it (the popup shows its button until then). */
export async function allUniversitiesGranted(): Promise<boolean> {
  // Chromium takes seconds to check ~19,000 patterns; the permission is granted all at once, from one prompt.
  const all = academicMatches();
  return browser.permissions.contains({ origins: [all[0]!, all.at(-1)!] });
}

/** Content-script registrations made by versions before the detector was injected (they persist across updates). */
const OLD_REGISTRATIONS = ['detector-academic-list', 'detector-extra-sites'];

/** Drop those registrations: the detector they name no longer reports, and would only cost every page load. */
export async function dropOldRegistrations(): Promise<void> {
  const found = await browser.scripting.getRegisteredContentScripts({ ids: OLD_REGISTRATIONS });
  if (found.length) await browser.scripting.unregisterContentScripts({ ids: found.map((s) => s.id) });
}
