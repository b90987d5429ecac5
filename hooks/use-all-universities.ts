/** Whether the detector may run on every listed university host, and the request that grants it. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { allUniversitiesGranted, allUniversitiesPermission } from '../utils/platform/detector-registration';

export function useAllUniversities(): { granted: boolean | null; request: () => Promise<void> } {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => void allUniversitiesGranted().then(setGranted, () => setGranted(false)), []);
  // Must run straight from the click: browsers ask for permissions only in a user gesture. The background
  // registers the detector when the permission arrives (permissions.onAdded).
  const request = async () => setGranted(await browser.permissions.request(allUniversitiesPermission()));
  return { granted, request };
}
