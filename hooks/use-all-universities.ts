/** Whether the detector may run on every listed university host, and the request that grants it. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

type Registration = typeof import('../utils/platform/detector-registration');

export function useAllUniversities(): { granted: boolean | null; request: () => Promise<void> } {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [registration, setRegistration] = useState<Registration | null>(null);
  useEffect(() => {
    // The list (~19,000 hosts) loads after the popup has painted, not with it.
    void import('../utils/platform/detector-registration').then(async (r) => {
      setRegistration(r);
      setGranted(await r.allUniversitiesGranted().catch(() => false));
    });
  }, []);
  // Must run straight from the click: browsers ask for permissions only in a user gesture. The background
  // registers the detector when the permission arrives (permissions.onAdded).
  const request = async () => {
    if (registration) setGranted(await browser.permissions.request(registration.allUniversitiesPermission()));
  };
  return { granted, request };
}
