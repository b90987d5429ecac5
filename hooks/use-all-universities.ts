/**
 * Whether to offer the opt-in to detection on every listed university host, and the request that grants it. It is
 * offered only where it helps: on a page of a listed university outside the academic suffixes (uni-heidelberg.de,
 * ethz.ch …) while the permission is not granted. Elsewhere the popup stays quiet; Options offers it always.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

type Registration = typeof import('../utils/platform/detector-registration');

export function useAllUniversities(url: string | null): { offered: boolean; request: () => Promise<void> } {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [registration, setRegistration] = useState<Registration | null>(null);
  const [listed, setListed] = useState(false);
  useEffect(() => {
    if (!url) return;
    // The list (~19,000 hosts) loads after the popup has painted, not with it.
    void Promise.all([
      import('../utils/platform/detector-registration'),
      import('../utils/detection/academic-hosts'),
    ]).then(async ([r, academic]) => {
      setRegistration(r);
      setListed(academic.listedOutsideSuffixes(url));
      setGranted(await r.allUniversitiesGranted().catch(() => false));
    });
  }, [url]);
  // Must run straight from the click: browsers ask for permissions only in a user gesture. The background
  // registers the detector when the permission arrives (permissions.onAdded).
  const request = async () => {
    if (registration) setGranted(await browser.permissions.request(registration.allUniversitiesPermission()));
  };
  return { offered: listed && granted === false, request };
}
